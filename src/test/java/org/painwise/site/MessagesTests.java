package org.painwise.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message a template asks for exists in the bundle, so no page ever shows a raw
 * key.
 */
class MessagesTests {

	private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([a-zA-Z0-9._-]+)");

	@Test
	void everyTemplateMessageKeyIsDefined() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
			messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher keys = MESSAGE_KEY.matcher(Files.readString(template));
				while (keys.find()) {
					if (!messages.containsKey(keys.group(1))) {
						missing.add(keys.group(1) + " (" + template.getFileName() + ")");
					}
				}
			}
		}
		assertThat(missing).as("message keys used in templates but missing from messages.properties").isEmpty();
	}

	/**
	 * A refusal's reason that names no message would be shown to the reader as written.
	 */
	private static final Pattern REFUSAL_KEY = Pattern.compile(
			"(?:ResponseStatusException|SiteError)\\(\\s*HttpStatus\\.\\w+,\\s*\"([^\"]+)\"|\"(error\\.[a-z0-9.-]+)\"");

	@Test
	void everyRefusalReasonInTheCodeIsAMessage() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
			messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		Set<String> missing = new TreeSet<>();
		int found = 0;
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher keys = REFUSAL_KEY.matcher(Files.readString(source));
				while (keys.find()) {
					String key = keys.group(1) != null ? keys.group(1) : keys.group(2);
					found++;
					if (!messages.containsKey(key)) {
						missing.add(key + " (" + source.getFileName() + ")");
					}
				}
			}
		}
		assertThat(found).as("refusal reasons found in the code").isGreaterThan(20);
		assertThat(missing).as("refusal reasons that are not keys in messages.properties").isEmpty();
	}

	@Test
	void noMessageKeyIsDefinedTwice() throws IOException {
		Set<String> seen = new java.util.HashSet<>();
		Set<String> twice = new TreeSet<>();
		for (String line : Files.readAllLines(Path.of("src/main/resources/messages.properties"))) {
			if (!line.isBlank() && !line.startsWith("#") && line.contains("=")) {
				String key = line.substring(0, line.indexOf('=')).strip();
				if (!seen.add(key)) {
					twice.add(key);
				}
			}
		}
		assertThat(twice).as("keys defined more than once (the last silently wins)").isEmpty();
	}

	@Test
	void everySitePageHasATitleAndDescription() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
			messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
		}
		try (Stream<Path> pages = Files.list(Path.of("src/main/resources/pages"))) {
			for (Path page : pages.toList()) {
				String name = page.getFileName().toString().replace(".md", "");
				assertThat(messages).containsKeys("page." + name + ".title", "page." + name + ".description");
			}
		}
	}

}
