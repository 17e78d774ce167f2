package org.painwise.site.shared;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.AbstractFlashMapManager;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps post/redirect/get confirmation messages in a short-lived signed cookie instead of
 * the HTTP session, so a reader who posts a comment or votes still never gets a session.
 * Only text values are carried; the cookie is signed so a visitor cannot forge one.
 */
@Component("flashMapManager")
class CookieFlashMapManager extends AbstractFlashMapManager {

	static final String NAME = "pw_flash";

	private static final String KEY = "flash";

	private static final int MAX_VALUE_LENGTH = 3000;

	private final SiteSecrets secrets;

	private final JsonMapper json = JsonMapper.builder().build();

	private final SiteCookies cookies;

	CookieFlashMapManager(SiteSecrets secrets, SiteCookies cookies) {
		this.secrets = secrets;
		this.cookies = cookies;
		setFlashMapTimeout(60);
	}

	@Override
	protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
		return cookies.find(request, NAME).map(this::decode).orElse(null);
	}

	@Override
	protected void updateFlashMaps(List<FlashMap> flashMaps, HttpServletRequest request, HttpServletResponse response) {
		String value = flashMaps.isEmpty() ? "" : encode(flashMaps);
		cookies.set(request, response, NAME, value, Duration.ofSeconds(value.isEmpty() ? 0 : 60), true);
	}

	private String encode(List<FlashMap> flashMaps) {
		List<Map<String, Object>> entries = new ArrayList<>();
		for (FlashMap flashMap : flashMaps) {
			Map<String, Object> entry = new LinkedHashMap<>();
			Map<String, String> attributes = new LinkedHashMap<>();
			flashMap.forEach((name, value) -> {
				if (value instanceof CharSequence || value instanceof Number || value instanceof Boolean) {
					attributes.put(name, value.toString());
				}
			});
			entry.put("a", attributes);
			entry.put("p", flashMap.getTargetRequestPath());
			entry.put("e", flashMap.getExpirationTime());
			entries.add(entry);
		}
		String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(json.writeValueAsBytes(entries));
		if (payload.length() > MAX_VALUE_LENGTH) {
			return "";
		}
		return payload + "." + secrets.hmacBase64(KEY, payload);
	}

	private List<FlashMap> decode(String value) {
		int dot = value == null ? -1 : value.lastIndexOf('.');
		if (dot < 1) {
			return null;
		}
		String payload = value.substring(0, dot);
		if (!secrets.verifyBase64(KEY, payload, value.substring(dot + 1))) {
			return null;
		}
		try {
			List<Map<String, Object>> entries = json.readValue(Base64.getUrlDecoder().decode(payload),
					new TypeReference<List<Map<String, Object>>>() {
					});
			List<FlashMap> flashMaps = new ArrayList<>();
			for (Map<String, Object> entry : entries) {
				FlashMap flashMap = new FlashMap();
				if (entry.get("a") instanceof Map<?, ?> attributes) {
					attributes
						.forEach((name, attribute) -> flashMap.put(String.valueOf(name), String.valueOf(attribute)));
				}
				if (entry.get("p") instanceof String path) {
					flashMap.setTargetRequestPath(path);
				}
				if (entry.get("e") instanceof Number expiration) {
					// keep the original expiry rather than restarting the clock
					flashMap.startExpirationPeriod(
							(int) Math.max(0, (expiration.longValue() - System.currentTimeMillis()) / 1000));
				}
				flashMaps.add(flashMap);
			}
			return flashMaps;
		}
		catch (RuntimeException ex) {
			return null;
		}
	}

}
