package vn.tthc.feedback;

/** Who sends the feedback: a person (cá nhân) or an organisation (tổ chức, doanh nghiệp). */
public enum SenderKind {
    INDIVIDUAL, ORGANISATION
}
