package org.painwise.site.moderation;

import java.util.Locale;

import org.painwise.site.shared.PageNumber;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where a moderator is in the queue: the view, the article filter and the page, taken
 * from the query string or a form, so that after an action they come back to the same
 * place. A handler takes it as a parameter of this type ({@link Resolver}).
 *
 * @param article the article filter, or null for every article
 */
record QueuePosition(ModerationQueries.View view, Long article, PageNumber page) {

	public String viewParameter() {
		return view.name().toLowerCase(Locale.ROOT);
	}

	/** The queue at this position, scrolled to the given comment if there is one. */
	public String url(Long anchorCommentId) {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath(ModerationController.QUEUE);
		if (view != ModerationQueries.View.HELD) {
			url.queryParam("view", viewParameter());
		}
		if (article != null) {
			url.queryParam("article", article);
		}
		if (page.value() > 1) {
			url.queryParam("page", page.value());
		}
		if (anchorCommentId != null) {
			url.fragment("comment-" + anchorCommentId);
		}
		return url.build().toUriString();
	}

	/**
	 * A handler's way back to the queue at this position, scrolled to the given comment
	 * if there is one.
	 */
	String redirect(Long anchorCommentId) {
		return "redirect:" + url(anchorCommentId);
	}

	/**
	 * The reply page for a comment, keeping this position for the way back.
	 * @param responseId the standard response to start from, or null
	 * @param next the comment to show after replying, or null
	 */
	public String replyUrl(long commentId, Long responseId, Long next) {
		UriComponentsBuilder url = UriComponentsBuilder
			.fromPath(ModerationController.QUEUE + "/" + commentId + "/reply");
		if (responseId != null) {
			url.queryParam("response", responseId);
		}
		url.queryParam("view", viewParameter());
		if (article != null) {
			url.queryParam("article", article);
		}
		url.queryParam("page", page.value());
		if (next != null) {
			url.queryParam("next", next);
		}
		return url.build().toUriString();
	}

	QueuePosition withPage(int other) {
		return new QueuePosition(view, article, new PageNumber(other));
	}

	QueuePosition withView(ModerationQueries.View other) {
		return new QueuePosition(other, article, PageNumber.FIRST);
	}

	/**
	 * Reads a position from the request parameters {@code view} (in lower case, held when
	 * absent), {@code article} and {@code page}, each converted as a typed request
	 * parameter is: a value that is not of its type is refused as {@code @RequestParam}
	 * refuses it.
	 */
	static class Resolver implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return parameter.getParameterType() == QueuePosition.class;
		}

		@Override
		public QueuePosition resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
				NativeWebRequest request, WebDataBinderFactory binders) throws Exception {
			return new QueuePosition(
					parameter(request, binders, parameter, "view", ModerationQueries.View.class,
							ModerationQueries.View.HELD),
					parameter(request, binders, parameter, "article", Long.class, null),
					parameter(request, binders, parameter, "page", PageNumber.class, PageNumber.FIRST));
		}

		private static <T> T parameter(NativeWebRequest request, WebDataBinderFactory binders,
				MethodParameter parameter, String name, Class<T> type, T absent) throws Exception {
			String value = request.getParameter(name);
			if (value == null) {
				return absent;
			}
			try {
				T converted = binders.createBinder(request, null, name).convertIfNecessary(value, type);
				return converted == null ? absent : converted;
			}
			catch (TypeMismatchException mismatch) {
				throw new MethodArgumentTypeMismatchException(value, type, name, parameter, mismatch.getCause());
			}
		}

	}

}
