/**
 * Page feedback: readers say whether an article page was useful ("Is this page useful?
 * Yes / No") and report a problem with it, apart from the comments, and editors work
 * through those reports in a queue of their own at {@code /staff/feedback}, with each
 * article's Yes and No counts. The block is added to the article page through the
 * articles module's {@link org.painwise.site.articles.ArticlePageExtension}; nothing else
 * uses this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Page feedback",
		allowedDependencies = { "articles", "staff", "shared" })
package org.painwise.site.feedback;
