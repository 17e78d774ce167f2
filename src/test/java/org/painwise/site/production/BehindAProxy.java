package org.painwise.site.production;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.painwise.site.shared.VisitorAddress;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The site behind a TLS-terminating proxy, over real HTTP (Tomcat's remote-IP valve runs
 * only in a real server): forwarded headers count only from a trusted proxy, and then the
 * visitor's address is theirs and the request is HTTPS, so cookies are Secure and HSTS is
 * sent.
 */
abstract class BehindAProxy {

	static final String VISITOR = "203.0.113.9";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	VisitorAddress addresses;

	/** A vote sent through the proxy, as the proxy forwards it. */
	HttpResponse<String> voteThroughProxy(String slug) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/articles/" + slug + "/rating"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("X-Forwarded-For", VISITOR)
				.header("X-Forwarded-Proto", "https")
				.POST(HttpRequest.BodyPublishers.ofString("value=4"))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpResponse<String> pageThroughProxy(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
				.header("X-Forwarded-For", VISITOR)
				.header("X-Forwarded-Proto", "https")
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	String lastVoteAddressHash(String slug) {
		return jdbc.sql("""
				select v.ip_hash from vote v join article a on a.id = v.item_id and v.item_type = 'ARTICLE'
				where a.slug = :slug order by v.id desc limit 1""").param("slug", slug).query(String.class).single();
	}

	static String visitorCookie(HttpResponse<?> response) {
		List<String> cookies = response.headers().allValues("Set-Cookie");
		return cookies.stream().filter(cookie -> cookie.contains("pw_visitor=")).findFirst().orElseThrow();
	}

}
