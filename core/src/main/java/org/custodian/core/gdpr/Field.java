package org.custodian.core.gdpr;

/**
 * Every item an intake can ask for. A purpose lists the fields it needs; a script may only ask for those
 * (minimisation, UK GDPR Art 5(1)(c)). Special category fields need an Art 9 condition on the purpose.
 */
public enum Field {
    FULL_NAME("Full name", Kind.NAME, Category.PERSONAL),
    DATE_OF_BIRTH("Date of birth", Kind.DATE_OF_BIRTH, Category.PERSONAL),
    PHONE("Phone number", Kind.PHONE, Category.PERSONAL),
    EMAIL("Email", Kind.EMAIL, Category.PERSONAL),
    ADDRESS("Address", Kind.TEXT_LINE, Category.PERSONAL),
    POSTCODE("Postcode", Kind.POSTCODE, Category.PERSONAL),
    HEALTH_NEEDS("Health or accessibility needs", Kind.TEXT, Category.SPECIAL_CATEGORY),
    NATURE_OF_ENQUIRY("Nature of enquiry", Kind.TEXT, Category.INTERACTION),
    ACTIONS_TAKEN("Actions taken", Kind.TEXT, Category.INTERACTION),
    OUTCOME("Outcome", Kind.TEXT, Category.INTERACTION),
    COMPLAINT("Complaint", Kind.TEXT, Category.INTERACTION),
    APOLOGY_GIVEN("Apology given", Kind.YES_NO, Category.INTERACTION),
    RESOLUTION("Resolution or escalation", Kind.TEXT, Category.INTERACTION),
    FOLLOW_UP_DATE("Follow-up date", Kind.FUTURE_DATE, Category.INTERACTION),
    REQUEST_DETAILS("What the person is asking for", Kind.TEXT, Category.INTERACTION),
    MARKETING_PHONE("Marketing by phone", Kind.YES_NO, Category.MARKETING),
    MARKETING_EMAIL("Marketing by email", Kind.YES_NO, Category.MARKETING),
    MARKETING_POST("Marketing by post", Kind.YES_NO, Category.MARKETING),
    MARKETING_SMS("Marketing by text message", Kind.YES_NO, Category.MARKETING);

    /** How an answer is typed and checked. */
    public enum Kind { NAME, DATE_OF_BIRTH, PHONE, EMAIL, POSTCODE, TEXT_LINE, TEXT, YES_NO, FUTURE_DATE }

    /** What kind of data it is. */
    public enum Category { PERSONAL, SPECIAL_CATEGORY, INTERACTION, MARKETING }

    private final String label;
    private final Kind kind;
    private final Category category;

    Field(String label, Kind kind, Category category) {
        this.label = label;
        this.kind = kind;
        this.category = category;
    }

    public String label() {
        return label;
    }

    public Kind kind() {
        return kind;
    }

    public Category category() {
        return category;
    }

    /** Personal data about the caller (as opposed to notes about the call). */
    public boolean isPersonalData() {
        return category == Category.PERSONAL || category == Category.SPECIAL_CATEGORY || category == Category.MARKETING;
    }

    public MarketingChannel channel() {
        return switch (this) {
            case MARKETING_PHONE -> MarketingChannel.PHONE;
            case MARKETING_EMAIL -> MarketingChannel.EMAIL;
            case MARKETING_POST -> MarketingChannel.POST;
            case MARKETING_SMS -> MarketingChannel.SMS;
            default -> null;
        };
    }
}
