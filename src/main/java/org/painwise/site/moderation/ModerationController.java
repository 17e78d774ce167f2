package org.painwise.site.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.painwise.site.comments.CommentFlag;
import org.painwise.site.comments.CommentProperties;
import org.painwise.site.comments.CommentStatus;
import org.painwise.site.shared.SiteProperties;
import org.painwise.site.staff.CurrentStaff;
import org.painwise.site.staff.ModeratorOnly;
import org.painwise.site.staff.StaffMember;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.HtmlUtils;

/**
 * The moderation queue: held comments and the other views, decisions one at a time or in bulk,
 * and replies that start from a standard response. Every action redirects back to where the
 * moderator was in the queue, with a confirmation.
 */
@Controller
@ModeratorOnly
class ModerationController {

	static final String QUEUE = "/staff/moderation";

	static final String ALERTS = "/staff/moderation/alerts";

	static final int PAGE_SIZE = 20;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

	private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm",
			Locale.UK);

	private final ModerationQueries queries;

	private final ModerationDecisions decisions;

	private final StandardResponses responses;

	private final ResponsePlaceholders placeholders;

	private final ModeratorPreferences preferences;

	private final Triage triage;

	private final SiteProperties site;

	private final CommentProperties commentLimits;

	private final MessageSource messages;

	private final Clock clock;

	private final TrustedCommenters trust;

	private final QueueAlertProperties queueAlerts;

	private final Claims claims;

	ModerationController(ModerationQueries queries, ModerationDecisions decisions, StandardResponses responses,
			ResponsePlaceholders placeholders, ModeratorPreferences preferences, Triage triage, SiteProperties site,
			CommentProperties commentLimits, MessageSource messages, Clock clock, TrustedCommenters trust,
			QueueAlertProperties queueAlerts, Claims claims) {
		this.claims = claims;
		this.trust = trust;
		this.queueAlerts = queueAlerts;
		this.queries = queries;
		this.decisions = decisions;
		this.responses = responses;
		this.placeholders = placeholders;
		this.preferences = preferences;
		this.triage = triage;
		this.site = site;
		this.commentLimits = commentLimits;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * A comment as the queue shows it.
	 *
	 * @param bodyHtml the text, escaped, with what triage matched marked
	 * @param parentHtml the comment it replies to, escaped, or null
	 * @param suggestion the standard response for its triage flag, or null
	 * @param next the comment to show after this one is dealt with, or null
	 */
	record Entry(ModerationQueries.Item item, String bodyHtml, String parentHtml, ZonedDateTime createdAt,
			String age, StandardResponse suggestion, Long next, boolean trusted) {

		public String anchor() {
			return "comment-" + item.id();
		}

	}

	/** A tab of the queue, with how many comments it holds. */
	record Tab(String parameter, String label, long count, String url, boolean current) {
	}

	@GetMapping(QUEUE)
	String queue(@RequestParam(required = false) String view, @RequestParam(required = false) String article,
			@RequestParam(required = false) String page, @CurrentStaff StaffMember member, Model model) {
		QueuePosition position = QueuePosition.of(view, article, page);
		long total = queries.count(position.view(), position.article());
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		if (position.page() > pages) {
			position = position.withPage(pages);
		}
		List<ModerationQueries.Item> items = queries.list(position.view(), position.article(), PAGE_SIZE,
				(long) (position.page() - 1) * PAGE_SIZE);
		List<StandardResponse> active = responses.active();
		List<Entry> entries = new ArrayList<>();
		Map<String, Boolean> trusted = new HashMap<>();
		for (int i = 0; i < items.size(); i++) {
			Long next = null;
			if (i + 1 < items.size()) {
				next = items.get(i + 1).id();
			}
			else if (i > 0) {
				next = items.get(i - 1).id();
			}
			entries.add(entry(items.get(i), active, next, trusted));
		}
		List<Tab> tabs = new ArrayList<>();
		for (ModerationQueries.View candidate : ModerationQueries.View.values()) {
			QueuePosition there = position.withView(candidate);
			tabs.add(new Tab(there.viewParameter(), text("moderation.view." + candidate.name()),
					queries.count(candidate, position.article()), there.url(null), candidate == position.view()));
		}
		ModerationQueries.Summary summary = queries.summary();
		model.addAttribute("position", position);
		model.addAttribute("entries", entries);
		model.addAttribute("tabs", tabs);
		model.addAttribute("total", total);
		model.addAttribute("pages", pages);
		model.addAttribute("previousUrl", position.page() > 1 ? position.withPage(position.page() - 1).url(null) : null);
		model.addAttribute("nextUrl", position.page() < pages ? position.withPage(position.page() + 1).url(null) : null);
		model.addAttribute("summary", summary);
		model.addAttribute("oldestAge", summary.oldestHeld() == null ? null : age(summary.oldestHeld()));
		model.addAttribute("articles", queries.articlesWithComments());
		model.addAttribute("viewName", text("moderation.view." + position.view().name()));
		model.addAttribute("bulkStatus", bulkStatus(position.view()));
		model.addAttribute("rejectionEmails", responses.active(StandardResponse.Kind.REJECTION));
		model.addAttribute("claims", claims.on(items.stream().map(ModerationQueries.Item::id).toList(), member));
		model.addAttribute("blur", preferences.blursSensitive(member.id()));
		return "moderation/queue";
	}

	@PostMapping(QUEUE + "/{id}/{action:publish|reject|spam}")
	String decide(@PathVariable String id, @PathVariable String action, @RequestParam(required = false) String expected,
			@RequestParam(required = false) String reason, @RequestParam(required = false) String explain,
			@RequestParam(required = false) String view,
			@RequestParam(required = false) String article, @RequestParam(required = false) String page,
			@RequestParam(required = false) String next, @CurrentStaff StaffMember member,
			RedirectAttributes redirect) {
		long commentId = parseId(id).orElseThrow(ModerationController::notFound);
		QueuePosition position = QueuePosition.of(view, article, page);
		ModerationDecisions.Decision decision = ModerationDecisions.Decision.valueOf(action.toUpperCase(Locale.ROOT));
		String note = reason == null ? null : reason.strip();
		if (note != null && note.length() > 500) {
			note = note.substring(0, 500);
		}
		if (decision == ModerationDecisions.Decision.REJECT) {
			StandardResponse explanation = parseId(explain).flatMap(responses::find)
				.filter(r -> r.kind() == StandardResponse.Kind.REJECTION && r.active())
				.orElse(null);
			ModerationDecisions.Rejection rejection = decisions.reject(commentId, status(expected), note, explanation,
					member);
			String done = explanation == null ? "moderation.done.REJECT"
					: rejection.emailed() ? "moderation.done.REJECT.emailed" : "moderation.done.REJECT.notEmailed";
			return afterDecision(rejection.result(), done, position, parseId(next).orElse(null), redirect);
		}
		ModerationDecisions.Result result = decisions.decide(commentId, status(expected), decision, note, member);
		return afterDecision(result, "moderation.done." + decision.name(), position, parseId(next).orElse(null),
				redirect);
	}

	@PostMapping(QUEUE + "/{id}/keep")
	String keep(@PathVariable String id, @RequestParam(required = false) String view,
			@RequestParam(required = false) String article, @RequestParam(required = false) String page,
			@RequestParam(required = false) String next, @CurrentStaff StaffMember member,
			RedirectAttributes redirect) {
		long commentId = parseId(id).orElseThrow(ModerationController::notFound);
		ModerationDecisions.Result result = decisions.keepPublished(commentId, member);
		return afterDecision(result, "moderation.done.KEEP", QueuePosition.of(view, article, page),
				parseId(next).orElse(null), redirect);
	}

	@PostMapping(QUEUE + "/bulk")
	String bulk(@RequestParam(name = "ids", required = false) List<String> ids,
			@RequestParam(required = false) String action, @RequestParam(required = false) String expected,
			@RequestParam(required = false) String view, @RequestParam(required = false) String article,
			@RequestParam(required = false) String page, @CurrentStaff StaffMember member,
			RedirectAttributes redirect) {
		QueuePosition position = QueuePosition.of(view, article, page);
		ModerationDecisions.Decision decision = parseDecision(action);
		List<Long> chosen = ids == null ? List.of()
				: ids.stream().map(ModerationController::parseId).flatMap(Optional::stream).distinct().limit(200).toList();
		if (chosen.isEmpty()) {
			redirect.addFlashAttribute("flashProblem", text("moderation.bulk.none"));
			return "redirect:" + position.url(null);
		}
		CommentStatus from = status(expected);
		int done = 0;
		List<String> handled = new ArrayList<>();
		for (long commentId : chosen) {
			ModerationDecisions.Result result = decisions.decide(commentId, from, decision, null, member);
			if (result instanceof ModerationDecisions.Result.Done) {
				done++;
			}
			else if (result instanceof ModerationDecisions.Result.AlreadyHandled already) {
				handled.add(alreadyHandled(already));
			}
		}
		redirect.addFlashAttribute("flash", text("moderation.bulk.done." + decision.name(), done));
		if (!handled.isEmpty()) {
			redirect.addFlashAttribute("flashProblem", String.join(" ", handled));
		}
		return "redirect:" + position.url(null);
	}

	@GetMapping(QUEUE + "/{id}/reply")
	String replyPage(@PathVariable String id, @RequestParam(required = false) String response,
			@RequestParam(required = false) String view, @RequestParam(required = false) String article,
			@RequestParam(required = false) String page, @RequestParam(required = false) String next,
			@CurrentStaff StaffMember member, Model model) {
		ModerationQueries.Item item = replyable(id);
		Optional<StandardResponse> chosen = parseId(response).flatMap(responses::find).filter(StandardResponse::active);
		String body = chosen.map(r -> placeholders.resolve(r.body(), item.firstName(), item.articleTitle(),
				member.displayName())).orElse("");
		return replyForm(item, body, chosen.orElse(null), null, QueuePosition.of(view, article, page),
				parseId(next).orElse(null), member, model);
	}

	@PostMapping(QUEUE + "/{id}/reply")
	String reply(@PathVariable String id, @RequestParam(required = false) String body,
			@RequestParam(required = false) String response, @RequestParam(required = false) String expected,
			@RequestParam(required = false) String view, @RequestParam(required = false) String article,
			@RequestParam(required = false) String page, @RequestParam(required = false) String next,
			@CurrentStaff StaffMember member, Model model, RedirectAttributes redirect,
			HttpServletResponse httpResponse) {
		long commentId = parseId(id).orElseThrow(ModerationController::notFound);
		QueuePosition position = QueuePosition.of(view, article, page);
		String text = body == null ? "" : body.replace("\r\n", "\n").strip();
		Optional<StandardResponse> chosen = parseId(response).flatMap(responses::find);
		String problem = text.isEmpty() ? "moderation.reply.empty"
				: text.length() > commentLimits.bodyMaxLength() ? "moderation.reply.tooLong" : null;
		if (problem != null) {
			ModerationQueries.Item item = replyable(id);
			httpResponse.setStatus(HttpStatus.BAD_REQUEST.value());
			return replyForm(item, text, chosen.orElse(null),
					text(problem, commentLimits.bodyMaxLength()), position, parseId(next).orElse(null), member,
					model);
		}
		ModerationDecisions.Result result = decisions.reply(commentId, status(expected), text,
				chosen.map(StandardResponse::title).orElse(null), member);
		return afterDecision(result, "moderation.done.REPLY", position, parseId(next).orElse(null), redirect);
	}

	@GetMapping(ALERTS)
	String alerts(@CurrentStaff StaffMember member, Model model) {
		model.addAttribute("crisisAlerts", preferences.wantsCrisisAlerts(member.id()));
		model.addAttribute("queueAlerts", preferences.wantsQueueAlerts(member.id()));
		model.addAttribute("blur", preferences.blursSensitive(member.id()));
		model.addAttribute("queueLimits", queueAlerts);
		return "moderation/alerts";
	}

	@PostMapping(ALERTS)
	String saveAlerts(@RequestParam(required = false) String crisisAlerts,
			@RequestParam(required = false) String queueAlerts, @RequestParam(required = false) String blur,
			@CurrentStaff StaffMember member, RedirectAttributes redirect) {
		boolean wanted = crisisAlerts != null && !crisisAlerts.isBlank();
		boolean queue = queueAlerts != null && !queueAlerts.isBlank();
		preferences.setCrisisAlerts(member, wanted);
		preferences.setQueueAlerts(member, queue);
		preferences.setBlurSensitive(member, blur != null && !blur.isBlank());
		redirect.addFlashAttribute("flash", text(wanted ? "moderation.alerts.on" : "moderation.alerts.off") + " "
				+ text(queue ? "moderation.alerts.queueOn" : "moderation.alerts.queueOff"));
		return "redirect:" + ALERTS;
	}

	private String replyForm(ModerationQueries.Item item, String body, StandardResponse chosen, String error,
			QueuePosition position, Long next, StaffMember member, Model model) {
		List<StandardResponse> active = responses.active();
		model.addAttribute("entry", entry(item, active, next, new HashMap<>()));
		model.addAttribute("body", body);
		model.addAttribute("chosen", chosen);
		model.addAttribute("error", error);
		model.addAttribute("position", position);
		model.addAttribute("next", next);
		model.addAttribute("signature", decisions.signature(member));
		model.addAttribute("responses", active.stream()
			.map(r -> new ResolvedResponse(r, placeholders.resolve(r.body(), item.firstName(), item.articleTitle(),
					member.displayName())))
			.toList());
		model.addAttribute("maxLength", commentLimits.bodyMaxLength());
		return "moderation/reply";
	}

	/** A standard response with its placeholders filled in for one comment. */
	record ResolvedResponse(StandardResponse response, String text) {
	}

	private String afterDecision(ModerationDecisions.Result result, String doneMessage, QueuePosition position,
			Long next, RedirectAttributes redirect) {
		if (result instanceof ModerationDecisions.Result.Done done) {
			redirect.addFlashAttribute("flash", text(doneMessage, done.authorName()));
			return "redirect:" + position.url(next);
		}
		if (result instanceof ModerationDecisions.Result.AlreadyHandled already) {
			redirect.addFlashAttribute("flashProblem", alreadyHandled(already));
			return "redirect:" + position.url(already.commentId());
		}
		throw notFound();
	}

	private String alreadyHandled(ModerationDecisions.Result.AlreadyHandled already) {
		String when = "";
		if (already.at() != null) {
			ZonedDateTime at = already.at().atZone(site.timeZone());
			when = at.toLocalDate().equals(LocalDate.now(clock.withZone(site.timeZone()))) ? at.format(TIME)
					: at.format(DAY_AND_TIME);
		}
		return text(when.isEmpty() ? "moderation.alreadyHandledNoTime" : "moderation.alreadyHandled",
				already.by() == null ? text("moderation.someone") : already.by(), when, already.authorName(),
				text("moderation.status." + already.current().name()));
	}

	/** @param trusted whether each writer seen so far on the page is trusted, by email, so each is asked once */
	private Entry entry(ModerationQueries.Item item, List<StandardResponse> active, Long next,
			Map<String, Boolean> trusted) {
		StandardResponse suggestion = null;
		for (CommentFlag flag : new CommentFlag[] { CommentFlag.CRISIS, CommentFlag.MEDICAL_ADVICE, CommentFlag.SIDE_EFFECT }) {
			if (suggestion == null && item.flags().contains(flag)) {
				suggestion = active.stream().filter(r -> r.suggestedFor() == flag).findFirst().orElse(null);
			}
		}
		return new Entry(item, triage.highlight(item.body()),
				item.parentBody() == null ? null : HtmlUtils.htmlEscape(item.parentBody(), "UTF-8"),
				item.createdAt().atZone(site.timeZone()), age(item.createdAt()), suggestion, next,
				trust.enabled() && trusted.computeIfAbsent(item.authorEmail().toLowerCase(Locale.ROOT), trust::trusted));
	}

	/** How long ago, in the largest whole unit: "3 days", "5 hours", "12 minutes". */
	private String age(Instant since) {
		Duration age = Duration.between(since, clock.instant());
		if (age.toDays() > 0) {
			return text("moderation.age.days", age.toDays());
		}
		if (age.toHours() > 0) {
			return text("moderation.age.hours", age.toHours());
		}
		return text("moderation.age.minutes", Math.max(0, age.toMinutes()));
	}

	private ModerationQueries.Item replyable(String id) {
		return parseId(id).flatMap(queries::find)
			.filter(item -> !item.fromStaff())
			.filter(item -> item.status() == CommentStatus.HELD || item.status() == CommentStatus.PUBLISHED)
			.orElseThrow(ModerationController::notFound);
	}

	private static CommentStatus bulkStatus(ModerationQueries.View view) {
		return switch (view) {
			case HELD -> CommentStatus.HELD;
			case REPORTED -> CommentStatus.PUBLISHED;
			case SPAM -> CommentStatus.SPAM;
			case REJECTED -> CommentStatus.REJECTED;
			case ALL -> null;
		};
	}

	private static CommentStatus status(String expected) {
		if (expected != null) {
			for (CommentStatus status : CommentStatus.values()) {
				if (status.name().equals(expected)) {
					return status;
				}
			}
		}
		throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
				"The form did not say what the comment looked like when you saw it. Please go back to the queue and try again.");
	}

	private static ModerationDecisions.Decision parseDecision(String action) {
		if (action != null) {
			for (ModerationDecisions.Decision decision : ModerationDecisions.Decision.values()) {
				if (decision.name().equalsIgnoreCase(action)) {
					return decision;
				}
			}
		}
		throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Choose publish, reject or spam.");
	}

	private static Optional<Long> parseId(String id) {
		return id != null && id.matches("[0-9]{1,18}") ? Optional.of(Long.valueOf(id)) : Optional.empty();
	}

	private static ResponseStatusException notFound() {
		return new ResponseStatusException(HttpStatus.NOT_FOUND, "We could not find that comment.");
	}

	private String text(String code, Object... args) {
		return messages.getMessage(code, args, Locale.UK);
	}


}
