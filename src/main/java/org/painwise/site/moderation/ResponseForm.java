package org.painwise.site.moderation;

/**
 * A standard response as a moderator sends it: every field is text, so the form always comes
 * back as it was typed. {@code active} is present when moderators can pick the response;
 * {@code suggestedFor} is MEDICAL_ADVICE, CRISIS, SIDE_EFFECT or empty; {@code kind} is REPLY or REJECTION.
 */
class ResponseForm {

	private String title = "";

	private String body = "";

	private String active;

	private String position = "0";

	private String suggestedFor = "";

	private String kind = StandardResponse.Kind.REPLY.name();

	static ResponseForm empty() {
		ResponseForm form = new ResponseForm();
		form.active = "on";
		return form;
	}

	static ResponseForm of(StandardResponse response) {
		ResponseForm form = new ResponseForm();
		form.title = response.title();
		form.body = response.body();
		form.active = response.active() ? "on" : null;
		form.position = Integer.toString(response.position());
		form.suggestedFor = response.suggestedFor() == null ? "" : response.suggestedFor().name();
		form.kind = response.kind().name();
		return form;
	}

	boolean isActive() {
		return active != null && !active.isBlank();
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getActive() {
		return active;
	}

	public void setActive(String active) {
		this.active = active;
	}

	public String getPosition() {
		return position;
	}

	public void setPosition(String position) {
		this.position = position;
	}

	public String getSuggestedFor() {
		return suggestedFor;
	}

	public void setSuggestedFor(String suggestedFor) {
		this.suggestedFor = suggestedFor;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

}
