package org.painwise.site.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.painwise.site.TestDatabase;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.test.autoconfigure.JdbcTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@JdbcTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ TestDatabase.class, SiteSecrets.class })
class VisitorAddressTests {

	@Autowired
	SiteSecrets secrets;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSameAddressHashesTheSameWithinADayAndDifferentlyTheNextDay() {
		VisitorAddress monday = new VisitorAddress(secrets,
				Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC));
		VisitorAddress mondayLater = new VisitorAddress(secrets,
				Clock.fixed(Instant.parse("2026-03-02T22:00:00Z"), ZoneOffset.UTC));
		VisitorAddress tuesday = new VisitorAddress(secrets,
				Clock.fixed(Instant.parse("2026-03-03T10:00:00Z"), ZoneOffset.UTC));

		assertThat(monday.hashOf("203.0.113.7")).isEqualTo(mondayLater.hashOf("203.0.113.7"))
			.isNotEqualTo(tuesday.hashOf("203.0.113.7"))
			.isNotEqualTo(monday.hashOf("203.0.113.8"))
			.hasSize(32)
			.doesNotContain("203");
	}

	@Test
	void addressesInOneIpv6NetworkShareOneHash() {
		VisitorAddress addresses = new VisitorAddress(secrets, Clock.systemUTC());

		// one home connection: any address in its /64, however it is written
		assertThat(addresses.hashOf("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo(addresses.hashOf("2001:db8:1:2::1"))
			.isEqualTo(addresses.hashOf("2001:0db8:0001:0002:0000:0000:0000:ffff"))
			.isNotEqualTo(addresses.hashOf("2001:db8:1:3::1"))
			.isNotEqualTo(addresses.hashOf("2001:db8:2:2::1"));
		// an IPv4 address written the IPv6 way is that IPv4 address
		assertThat(addresses.hashOf("::ffff:203.0.113.7")).isEqualTo(addresses.hashOf("203.0.113.7"));
		assertThat(addresses.grouped("2001:db8:1:2:aaaa:bbbb:cccc:dddd")).isEqualTo("2001:db8:1:2:0:0:0:0/64");
	}

	@Test
	void theIpv6NetworkSizeCanBeSet() {
		VisitorAddress by48 = new VisitorAddress(secrets, Clock.systemUTC(), 48);
		VisitorAddress by128 = new VisitorAddress(secrets, Clock.systemUTC(), 128);

		assertThat(by48.hashOf("2001:db8:1:2::1")).isEqualTo(by48.hashOf("2001:db8:1:ffff::1"));
		assertThat(by128.hashOf("2001:db8:1:2::1")).isNotEqualTo(by128.hashOf("2001:db8:1:2::2"));
	}

	@Test
	void theKeyIsStoredOnceAndSignaturesVerify() {
		String signature = secrets.hmacBase64("links", "comment:42");
		assertThat(secrets.verifyBase64("links", "comment:42", signature)).isTrue();
		assertThat(secrets.verifyBase64("links", "comment:43", signature)).isFalse();
		assertThat(secrets.verifyBase64("links", "comment:42", null)).isFalse();
		assertThat(jdbc.sql("select count(*) from site_secret where name = 'links'").query(Long.class).single())
			.isEqualTo(1);
	}

}
