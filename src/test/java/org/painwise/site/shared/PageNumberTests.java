package org.painwise.site.shared;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageNumberTests {

	private final PageNumber.FromText fromText = new PageNumber.FromText();

	@Test
	void emptyMeansTheFirstPage() {
		assertThat(fromText.convert(" ")).isEqualTo(PageNumber.FIRST);
		assertThat(fromText.convert(" 7 ")).isEqualTo(new PageNumber(7));
		assertThat(new PageNumber(7).index()).isEqualTo(6);
	}

	@Test
	void notAWholeNumberFromOneIsABadRequest() {
		for (String bad : List.of("abc", "-1", "0", "1.5", "1e3", "٣", "<script>")) {
			assertThatThrownBy(() -> fromText.convert(bad)).as(bad)
				.isInstanceOfSatisfying(ResponseStatusException.class,
						ex -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST));
		}
	}

	@Test
	void aHugeNumberIsAPageThatDoesNotExist() {
		assertThatThrownBy(() -> fromText.convert("99999999999999999999")).isInstanceOfSatisfying(
				ResponseStatusException.class, ex -> assertThat(ex.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
		assertThatThrownBy(() -> new PageNumber(4).requireWithin(3)).isInstanceOfSatisfying(SiteError.class,
				ex -> assertThat(ex.getDetailMessageArguments()).containsExactly(4, 3));
		new PageNumber(1).requireWithin(0);
	}

	@Test
	void paginationShowsAWindowWithGapsAndKeepsOtherParameters() {
		Pagination pagination = Pagination.of(new PageImpl<>(List.of("x"), PageRequest.of(9, 10), 200),
				UriComponentsBuilder.fromPath("/search").queryParam("q", "a&b <c>"));
		assertThat(pagination.current()).isEqualTo(10);
		assertThat(pagination.totalPages()).isEqualTo(20);
		assertThat(pagination.links()).extracting(Pagination.Link::number)
			.containsExactly(1, 0, 8, 9, 10, 11, 12, 0, 20);
		assertThat(pagination.previousUrl()).isEqualTo("/search?q=a%26b%20%3Cc%3E&page=9");
		assertThat(pagination.links().get(0).url()).isEqualTo("/search?q=a%26b%20%3Cc%3E");
	}

}
