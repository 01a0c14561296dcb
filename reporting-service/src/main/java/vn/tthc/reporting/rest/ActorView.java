package vn.tthc.reporting.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.tthc.reporting.Actor;

/** Who made a change, as histories show it. */
@Schema(description = "Người thực hiện thay đổi: định danh (sub), tên đăng nhập và đơn vị (không có với hệ thống khác, quản trị viên)")
public record ActorView(
        @Schema(description = "Định danh người dùng trong hệ thống đăng nhập (claim sub)", examples = "5b0f8a52-4c1e-4f7a-9d36-2f1c0e7d9a41")
        String subject,
        @Schema(description = "Tên đăng nhập (claim preferred_username)", examples = "nguyenvana.qlkh")
        String name,
        @Schema(description = "Mã đơn vị người đó thay mặt (claim unit)", examples = "ST-SKHCN-QLKH", nullable = true)
        String unit) {

    /** The view of a recorded actor; null when none was recorded. */
    public static ActorView of(Actor actor) {
        return actor == null ? null : new ActorView(actor.subject(), actor.name(), actor.unit());
    }
}
