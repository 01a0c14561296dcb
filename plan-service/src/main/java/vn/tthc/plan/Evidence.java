package vn.tthc.plan;

import vn.tthc.platform.text.VietnameseText;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import java.time.LocalDate;

/** The document that shows a task done: number, date, title, link. */
@Embeddable
public record Evidence(@Column(name = "evidence_number") String number,
                       @Column(name = "evidence_date") LocalDate date,
                       @Column(name = "evidence_title") String title,
                       @Column(name = "evidence_link") String link) {

    public Evidence {
        number = VietnameseText.normalize(number);
        title = VietnameseText.normalize(title);
    }
}
