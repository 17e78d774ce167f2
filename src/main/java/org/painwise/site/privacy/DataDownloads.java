package org.painwise.site.privacy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.painwise.site.shared.PersonalData;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A person's data as the two downloads have it: JSON, and CSV that a spreadsheet opens
 * safely.
 */
final class DataDownloads {

	private DataDownloads() {
	}

	/** The JSON download, as a file with this name. */
	static ResponseEntity<Map<String, Object>> jsonFile(String name, String email, List<PersonalData.Part> parts) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(MediaType.APPLICATION_JSON)
			.body(json(email, parts));
	}

	/** The CSV download, as a file with this name. */
	static ResponseEntity<byte[]> csvFile(String name, List<PersonalData.Part> parts) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.body(csv(parts).getBytes(StandardCharsets.UTF_8));
	}

	/** Each part by its name, as a list of rows, each row by its columns' names. */
	static Map<String, Object> json(String email, List<PersonalData.Part> parts) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("email", email);
		for (PersonalData.Part part : parts) {
			List<Map<String, String>> rows = part.rows().stream().map(row -> {
				Map<String, String> named = new LinkedHashMap<>();
				for (int i = 0; i < part.columns().size(); i++) {
					named.put(part.columns().get(i), row.get(i));
				}
				return named;
			}).toList();
			data.put(part.name(), rows);
		}
		return data;
	}

	/**
	 * One block per part: its name on a line of its own, its columns, its rows, then an
	 * empty line. Every value is quoted; a value a spreadsheet would take for a formula
	 * (starting with =, +, -, @, a tab or a carriage return) gets a leading apostrophe,
	 * so opening the file runs nothing.
	 */
	static String csv(List<PersonalData.Part> parts) {
		StringBuilder csv = new StringBuilder();
		for (PersonalData.Part part : parts) {
			line(csv, List.of(part.name()));
			line(csv, part.columns());
			part.rows().forEach(row -> line(csv, row));
			csv.append("\r\n");
		}
		return csv.toString();
	}

	private static void line(StringBuilder csv, List<String> values) {
		for (int i = 0; i < values.size(); i++) {
			if (i > 0) {
				csv.append(',');
			}
			String value = values.get(i) == null ? "" : values.get(i);
			if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
				value = "'" + value;
			}
			csv.append('"').append(value.replace("\"", "\"\"")).append('"');
		}
		csv.append("\r\n");
	}

}
