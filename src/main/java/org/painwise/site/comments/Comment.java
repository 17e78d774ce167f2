package org.painwise.site.comments;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import lombok.AccessLevel;
import lombok.Getter;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A reader's comment, or a staff reply, on an article. Its status is changed only by
 * {@link CommentStatusChanges}.
 */
@Entity
@Table(name = "comment")
class Comment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Getter(AccessLevel.PACKAGE)
	private Long id;

	@Column(name = "article_id", nullable = false)
	@Getter(AccessLevel.PACKAGE)
	private Long articleId;

	@Column(name = "parent_id")
	@Getter(AccessLevel.PACKAGE)
	private Long parentId;

	@Column(name = "root_id")
	@Getter(AccessLevel.PACKAGE)
	private Long rootId;

	@Column(nullable = false)
	@Getter(AccessLevel.PACKAGE)
	private int depth;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	@Getter(AccessLevel.PACKAGE)
	private CommentStatus status;

	@Column(name = "author_name", nullable = false)
	@Getter(AccessLevel.PACKAGE)
	private String authorName;

	@Column(name = "author_email", nullable = false)
	@Getter(AccessLevel.PACKAGE)
	private String authorEmail;

	@Column(nullable = false)
	@Getter(AccessLevel.PACKAGE)
	private String body;

	@Column(name = "reply_to_name")
	@Getter(AccessLevel.PACKAGE)
	private String replyToName;

	@Column(name = "created_at", nullable = false)
	@Getter(AccessLevel.PACKAGE)
	private Instant createdAt;

	@Column(name = "ip_hash")
	private String ipHash;

	@Column(name = "address_hash")
	private String addressHash;

	@Column(name = "visitor_key")
	@Getter(AccessLevel.PACKAGE)
	private String visitorKey;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(name = "flags", nullable = false)
	private String[] flags = new String[0];

	@Column(name = "staff_account_id")
	private Long staffAccountId;

	@Column(name = "staff_name")
	@Getter(AccessLevel.PACKAGE)
	private String staffName;

	@Column(name = "moderated_by")
	@Getter(AccessLevel.PACKAGE)
	private String moderatedBy;

	@Column(name = "moderated_at")
	@Getter(AccessLevel.PACKAGE)
	private Instant moderatedAt;

	@Column(name = "moderation_note")
	private String moderationNote;

	@Column(name = "notify_author", nullable = false)
	private boolean notifyAuthor;

	@Column(name = "consent_given_at")
	private Instant consentGivenAt;

	@Column(name = "consent_version")
	private String consentVersion;

	@Version
	private long version;

	protected Comment() {
	}

	Comment(Long articleId, String authorName, String authorEmail, String body, Instant createdAt) {
		this.articleId = articleId;
		this.authorName = authorName;
		this.authorEmail = authorEmail;
		this.body = body;
		this.createdAt = createdAt;
		this.status = CommentStatus.HELD;
	}

	/** Places this comment in a thread under a parent, one level down. */
	void answer(Comment parent, int maxDepth) {
		if (parent.depth + 1 >= maxDepth) {
			// the thread is as deep as it goes: attach beside the parent and say whom it
			// answers
			this.parentId = parent.parentId;
			this.depth = parent.depth;
			this.replyToName = parent.authorName;
		}
		else {
			this.parentId = parent.id;
			this.depth = parent.depth + 1;
		}
		// a top-level comment roots its own thread once it has an id
		this.rootId = this.parentId == null ? null : (parent.rootId == null ? parent.id : parent.rootId);
	}

	void identifyVisitor(String ipHash, String addressHash, String visitorKey) {
		this.ipHash = ipHash;
		this.addressHash = addressHash;
		this.visitorKey = visitorKey;
	}

	/**
	 * The writer agreed, at this moment, to the consent wording of this version
	 * ({@link CommentConsent}).
	 */
	void recordConsent(Instant at, String wordingVersion) {
		this.consentGivenAt = at;
		this.consentVersion = wordingVersion;
	}

	void notifyAuthor(boolean notify) {
		this.notifyAuthor = notify;
	}

	void flag(Set<CommentFlag> newFlags) {
		Set<String> all = new LinkedHashSet<>(Arrays.asList(flags));
		newFlags.forEach(flag -> all.add(flag.name()));
		this.flags = all.toArray(String[]::new);
	}

	void writtenByStaff(Long staffAccountId, String staffName) {
		this.staffAccountId = staffAccountId;
		this.staffName = staffName;
	}

	/**
	 * Sets the status of a comment before it is first saved. Only
	 * {@link CommentStatusChanges} calls this, from {@link CommentStatusChanges#saveNew},
	 * which records the first status in the history; a saved comment's status changes
	 * through {@link CommentStatusChanges#change}.
	 */
	void changeStatus(CommentStatus status, String by, Instant at, String note) {
		this.status = status;
		this.moderatedBy = by;
		this.moderatedAt = at;
		this.moderationNote = note;
	}

	/**
	 * A new top-level comment is the root of its own thread; set once its id is known.
	 */
	void becomeRootIfTopLevel() {
		if (rootId == null) {
			rootId = id;
		}
	}

}
