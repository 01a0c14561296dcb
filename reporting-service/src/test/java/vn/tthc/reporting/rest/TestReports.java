package vn.tthc.reporting.rest;

/** A complete, consistent report under the tthc-control forms, as a unit saves it. */
public final class TestReports {

    public static final String COMPLETE = """
            {"forms":{
              "tong-hop-kiem-soat-tthc":{"values":{"proceduresReviewed":4,"proceduresSimplificationProposed":2,
                 "feedbackReceived":2,"feedbackHandled":1,"feedbackHandledOnTime":1,"feedbackHandledLate":0,
                 "tasksCompleted":2,"tasksCompletedOnTime":1,"tasksCompletedLate":1,
                 "results":"Đã rà soát 4 thủ tục hành chính.","shortcomings":"Chưa có.","nextSteps":"Tiếp tục rà soát."}},
              "06/VPCP/KSTT":{"rows":[
                 {"fieldName":"Hoạt động khoa học và công nghệ","received":10,"receivedOnline":6,"receivedInPersonOrPost":3,
                  "carriedOver":1,"resolved":8,"resolvedBeforeDeadline":5,"resolvedOnTime":2,"resolvedLate":1,
                  "inProgress":2,"inProgressWithinDeadline":2,"inProgressOverdue":0},
                 {"fieldName":"Sở hữu trí tuệ","received":3,"receivedOnline":3,"receivedInPersonOrPost":0,"carriedOver":0,
                  "resolved":3,"resolvedBeforeDeadline":3,"resolvedOnTime":0,"resolvedLate":0,
                  "inProgress":0,"inProgressWithinDeadline":0,"inProgressOverdue":0}]}}}""";

    private TestReports() {
    }
}
