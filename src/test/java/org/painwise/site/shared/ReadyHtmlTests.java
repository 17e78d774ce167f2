package org.painwise.site.shared;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

class ReadyHtmlTests {

	@Test
	void aPageThatTakesReadyMarkupGetsItsBytesWhereTheTemplatePlacedThem() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		ReadyHtml ready = ReadyHtml.acceptOn(request);
		String first = ReadyHtml.place(request, ReadyHtml.bytesOf("<li>Maria — “it helped”</li>"));
		String second = ReadyHtml.place(request, ReadyHtml.bytesOf("<li>Sam</li>"));

		assertThat(first).doesNotContain("Maria");
		assertThat(page(ready, "<ol>" + first + second + "</ol><p>Café</p>"))
			.isEqualTo("<ol><li>Maria — “it helped”</li><li>Sam</li></ol><p>Café</p>");
	}

	@Test
	void textThatOnlyLooksLikeAMarkerIsLeftAsItIs() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		ReadyHtml ready = ReadyHtml.acceptOn(request);
		String marker = ReadyHtml.place(request, ReadyHtml.bytesOf("<li>Sam</li>"));
		String forged = marker.replace(" 0 ", " 7 ");
		String text = "<p><!--ready 0 --></p>" + forged + "<!--ready x" + marker;

		assertThat(page(ready, text)).isEqualTo("<p><!--ready 0 --></p>" + forged + "<!--ready x<li>Sam</li>");
	}

	@Test
	void anyOtherPageGetsTheMarkupAsText() {
		MockHttpServletRequest request = new MockHttpServletRequest();

		assertThat(ReadyHtml.place(request, ReadyHtml.bytesOf("<li>Maria — ok</li>"))).isEqualTo("<li>Maria — ok</li>");
	}

	private static String page(ReadyHtml ready, String text) {
		List<byte[]> chunks = new ArrayList<>();
		ready.encode(text, chunks);
		ByteArrayOutputStream page = new ByteArrayOutputStream();
		chunks.forEach(page::writeBytes);
		return page.toString(StandardCharsets.UTF_8);
	}

}
