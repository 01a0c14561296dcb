package vn.tthc.plan.service;

import java.time.LocalDate;
import java.util.List;

/**
 * A task as a client describes it: units by code, the time as printed ("Trước ngày 15/9/2024", "Định kỳ
 * hàng quý") or simply a due date.
 */
public record TaskInput(String label, String content, List<String> leadUnitCodes, List<String> cooperatingUnitCodes,
                        List<String> officers, String funding, String timeText, LocalDate dueDate,
                        List<ResultInput> results) {

    public record ResultInput(String text, List<String> leadUnitCodes, List<String> cooperatingUnitCodes, String timeText) {
    }
}
