package org.painwise.site.shared;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.Set;

import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.springframework.stereotype.Component;

/**
 * The one way pages write a day, "3 March 2025", as {@code ${#days.format(date)}} in
 * every template, including comment HTML rendered outside a request's view, and a day and
 * time as {@code ${#days.formatWithTime(dateTime)}}.
 */
public final class Days {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

	private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.UK);

	private static final Days INSTANCE = new Days();

	private Days() {
	}

	/** The day of a date or date-time, in its own time zone; null for none. */
	public String format(TemporalAccessor date) {
		return day(date);
	}

	/**
	 * The day and time of a date-time in its own time zone, "3 March 2025, 09:12"; null
	 * for none. Staff pages show when something happened this way.
	 */
	public String formatWithTime(TemporalAccessor dateTime) {
		return dayAndTime(dateTime);
	}

	/** {@link #format} for Java code, such as a message built outside a template. */
	public static String day(TemporalAccessor date) {
		return date == null ? null : DAY.format(date);
	}

	/** {@link #formatWithTime} for Java code. */
	public static String dayAndTime(TemporalAccessor dateTime) {
		return dateTime == null ? null : DAY_AND_TIME.format(dateTime);
	}

	/** Makes {@code #days} available to every template. */
	@Component
	static class Dialect extends AbstractDialect implements IExpressionObjectDialect {

		Dialect() {
			super("painwise-days");
		}

		@Override
		public IExpressionObjectFactory getExpressionObjectFactory() {
			return new IExpressionObjectFactory() {

				@Override
				public Set<String> getAllExpressionObjectNames() {
					return Set.of("days");
				}

				@Override
				public Object buildObject(IExpressionContext context, String expressionObjectName) {
					return INSTANCE;
				}

				@Override
				public boolean isCacheable(String expressionObjectName) {
					return true;
				}

			};
		}

	}

}
