package vn.tthc.reporting.regime;

import java.util.List;

/**
 * The shape of a regime file as JSON writes it. Enumerations stay strings here so that the loader can name
 * a misspelt value instead of failing on the first one.
 */
record RegimeFile(String code, String name, String description, List<String> legalBases, String receivingUnitCode,
                  Reporting reportingUnits, List<String> periodTypes, CutOff cutOff, List<Deadline> deadlines,
                  List<Form> forms) {

    /** Who reports: listed unit codes, and/or units of some kinds under a unit; at which level's deadlines. */
    record Reporting(String level, List<String> unitCodes, List<String> kinds, String under) {
    }

    record CutOff(Integer closingDay) {
    }

    /** {@code kind} is {@code BEFORE_DAY_OF_MONTH} (with {@code day}) or {@code WORKING_DAYS_AFTER_CUT_OFF}. */
    record Deadline(String level, List<String> periodTypes, String kind, Integer day, Integer monthsAfterLastMonth,
                    Integer workingDays, String basis) {
    }

    record Form(String code, String title, String breakdown, List<Group> groups, List<Section> sections,
                List<String> rules) {
    }

    record Group(String code, String label, List<Indicator> indicators) {
    }

    record Indicator(String code, String label, String type, Boolean required, String unit, String prefill) {
    }

    record Section(String code, String title, Boolean required) {
    }
}
