/**
 * Articles, topics and the people who write and check them, and the public reading pages:
 * home, article list, topic pages, the article page, search, sitemap and robots. Only
 * published articles are ever shown to readers; the Markdown body is rendered to sanitised
 * HTML on the way out.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Articles")
package org.painwise.site.articles;
