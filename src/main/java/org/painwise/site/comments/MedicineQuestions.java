package org.painwise.site.comments;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

import lombok.RequiredArgsConstructor;
import org.painwise.site.articles.ArticleMedicines;
import org.springframework.stereotype.Component;

/**
 * Whether an article page asks readers about a medicine, and with which side effects:
 * read once for a request, however many sections of the page need it.
 */
@Component
@RequiredArgsConstructor
class MedicineQuestions {

	private static final String ATTRIBUTE = MedicineQuestions.class.getName() + ".";

	private final ArticleMedicines medicines;

	@SuppressWarnings("unchecked")
	Optional<List<String>> of(long articleId, HttpServletRequest request) {
		String name = ATTRIBUTE + articleId;
		Object known = request.getAttribute(name);
		if (known instanceof Optional<?> found) {
			return (Optional<List<String>>) found;
		}
		Optional<List<String>> found = medicines.sideEffectsOf(articleId);
		request.setAttribute(name, found);
		return found;
	}

}
