package org.painwise.site.moderation;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import lombok.RequiredArgsConstructor;
import org.painwise.site.staff.StaffDashboardSection;
import org.painwise.site.staff.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The moderation workload on the staff dashboard, for moderators: the last 30 days as a
 * small bar chart drawn on the server (with the same figures as a table), the median and
 * 90th-percentile wait for a first decision, and each moderator's decisions.
 */
@Component
@RequiredArgsConstructor
class WorkloadSection implements StaffDashboardSection {

	/** The chart's drawing area, in the SVG's own units. */
	static final int WIDTH = 600;

	static final int HEIGHT = 150;

	private static final int STEP = WIDTH / Workload.DAYS;

	private static final int BAR = STEP - 6;

	private static final DateTimeFormatter SHORT_DAY = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

	private final Workload workload;

	private final MessageSource messages;

	/**
	 * What the fragment draws.
	 *
	 * @param scale the count at the top of the chart
	 * @param median the median wait for a first decision, in words, or null
	 */
	record Chart(Workload.Figures figures, List<Bar> bars, long scale, String median, String ninetieth, String firstDay,
			String lastDay) {

		public int width() {
			return WIDTH;
		}

		public int height() {
			return HEIGHT;
		}

	}

	/**
	 * One day's bar: decisions stacked (published at the bottom), a tick at the number
	 * received.
	 */
	record Bar(Workload.Day day, int x, int width, Block published, Block rejected, Block spam, int receivedY,
			String label) {
	}

	/** A part of a bar. */
	record Block(int y, int height) {
	}

	@Override
	public Optional<Panel> panelFor(StaffMember member) {
		if (!member.isModerator()) {
			return Optional.empty();
		}
		Workload.Figures figures = workload.lastDays();
		long scale = Math.max(5, figures.busiest());
		List<Bar> bars = new ArrayList<>();
		for (int i = 0; i < figures.days().size(); i++) {
			Workload.Day day = figures.days().get(i);
			int published = height(day.published(), scale);
			int rejected = height(day.rejected(), scale);
			int spam = height(day.spam(), scale);
			bars.add(new Bar(day, i * STEP + 3, BAR, new Block(HEIGHT - published, published),
					new Block(HEIGHT - published - rejected, rejected),
					new Block(HEIGHT - published - rejected - spam, spam), HEIGHT - height(day.received(), scale),
					text("workload.bar", day.day().format(SHORT_DAY), day.received(), day.published(), day.rejected(),
							day.spam())));
		}
		List<Workload.Day> days = figures.days();
		Chart chart = new Chart(figures, bars, scale, words(figures.median()), words(figures.ninetieth()),
				days.get(0).day().format(SHORT_DAY), days.get(days.size() - 1).day().format(SHORT_DAY));
		List<String> lines = new ArrayList<>();
		lines.add(figures.median() == null ? text("workload.noDecisions")
				: text("workload.waits", chart.median(), chart.ninetieth()));
		return Optional
			.of(new Panel(text("workload.heading"), lines, List.of(), "moderation/workload :: panel", chart));
	}

	@Override
	public int getOrder() {
		return 110;
	}

	private static int height(long count, long scale) {
		return (int) Math.round((double) count * HEIGHT / scale);
	}

	/** "3 hours 20 minutes", "2 days 4 hours", "2 days", "12 minutes". */
	private String words(Duration duration) {
		if (duration == null) {
			return null;
		}
		long days = duration.toDays();
		long hours = duration.toHoursPart();
		long minutes = duration.toMinutesPart();
		if (days > 0) {
			return hours == 0 ? text("workload.days", days)
					: text("workload.days", days) + " " + text("workload.hours", hours);
		}
		if (hours > 0) {
			return minutes == 0 ? text("workload.hours", hours)
					: text("workload.hours", hours) + " " + text("workload.minutes", minutes);
		}
		return minutes == 0 ? text("workload.underAMinute") : text("workload.minutes", minutes);
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, Locale.UK);
	}

}
