package vn.tthc.plan.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import vn.tthc.plan.PlanPeriod;

/** The seed plan documents (test resources), with the period each plan covers. */
enum Seeds {
    SOC_TRANG_DEPARTMENT_2025("soc-trang-dost-tthc-control-plan-2025.txt", PlanPeriod.year(2025)),
    SOC_TRANG_PROVINCE_2024("soc-trang-province-tthc-control-plan-2024.txt", PlanPeriod.year(2024)),
    BAC_GIANG_REVIEW_2022_2025("bac-giang-dost-internal-tthc-review-plan-2022-2025.txt", PlanPeriod.years(2022, 2025));

    private final String file;
    private final PlanPeriod period;

    Seeds(String file, PlanPeriod period) {
        this.file = file;
        this.period = period;
    }

    PlanPeriod period() {
        return period;
    }

    String text() {
        try (InputStream in = Seeds.class.getResourceAsStream("/seeds/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /seeds/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    PlanTablePreview importText() {
        return new PlanTableImporter(period).importText(text());
    }

    /** The whole document through {@link PlanDocumentReader}. */
    PlanDocumentPreview readDocument() {
        return new PlanDocumentReader().readText(text());
    }
}
