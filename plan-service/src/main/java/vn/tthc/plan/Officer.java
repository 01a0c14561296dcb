package vn.tthc.plan;

import vn.tthc.platform.text.VietnameseText;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A named officer of a unit (công chức đầu mối), e.g. "Đ/c Trần Thế Vũ". */
@Embeddable
public record Officer(@Column(name = "id") String id, @Column(name = "name") String name, @Column(name = "title") String title) {

    public Officer {
        name = VietnameseText.normalize(name);
        title = VietnameseText.normalize(title);
    }
}
