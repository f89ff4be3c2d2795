import { useState } from "react";
import { Button, Card, CardHeader, MessageBar, MessageBarBody, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { reportsApi } from "../api/client";
import type { Headline, ReportView } from "../api/reportTypes";
import { WeeklyChart } from "./WeeklyChart";
import { automatedLine, changeText, isActive, percent, periodText, scopeLabel } from "./reportLogic";

const useStyles = makeStyles({
  figures: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(150px, 1fr))", gap: "12px" },
  figure: { display: "flex", flexDirection: "column" },
  change: { color: tokens.colorNeutralForeground3 },
});

export function ReportCard({ report }: { report: ReportView }) {
  const styles = useStyles();
  const [problem, setProblem] = useState<string | null>(null);
  const title = `${scopeLabel[report.scope]}, ${periodText(report)}${report.scheduled ? " (weekly)" : ""}`;

  const download = async () => {
    try {
      const { blob, name } = await reportsApi.download(report.id);
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = name;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    } catch (e) {
      setProblem(e instanceof Error ? e.message : String(e));
    }
  };

  return (
    <Card aria-label={title} data-report-id={report.id} data-status={report.status}>
      <CardHeader
        header={<Text weight="semibold">{title}</Text>}
        action={report.status === "succeeded" ? <Button appearance="primary" onClick={() => void download()}>Download .xlsx</Button> : undefined}
      />
      {isActive(report) && (
        <ProgressBar value={report.progress / 100} thickness="large" aria-label={`${report.step}: ${report.progress}%`} />
      )}
      {isActive(report) && <Text>{report.step} ({report.progress}%)</Text>}
      {report.error && (
        <MessageBar intent={report.status === "failed" ? "error" : "warning"}>
          <MessageBarBody>{report.error}</MessageBarBody>
        </MessageBar>
      )}
      {problem && <Text role="alert">{problem}</Text>}
      {report.headline && <HeadlineFigures headline={report.headline} styles={styles} />}
      {report.headline && report.headline.weeks.length > 0 && <WeeklyChart weeks={report.headline.weeks} />}
      {report.headline && <Text size={200}>{automatedLine(report.headline.automatedMessages ?? 0)}</Text>}
    </Card>
  );
}

function HeadlineFigures({ headline: h, styles }: { headline: Headline; styles: ReturnType<typeof useStyles> }) {
  const figures = [
    ["Messages", String(h.messages), changeText(h.messages, h.messagesBefore, "count")],
    ["Your reply rate", percent(h.replyRate), changeText(h.replyRate, h.replyRateBefore, "percent")],
    ["Median response", h.medianResponseHours === null ? "–" : `${h.medianResponseHours.toFixed(1)} h`, changeText(h.medianResponseHours, h.medianResponseHoursBefore, "hours")],
    ["Meetings", String(h.meetings), changeText(h.meetings, h.meetingsBefore, "count")],
    ["Re-engagements", String(h.reEngagements), changeText(h.reEngagements, h.reEngagementsBefore, "count")],
    ["Dormant now", String(h.dormant), `of ${h.activeRelationships} active`],
  ];
  return (
    <div className={styles.figures} aria-label="Headline figures">
      {figures.map(([label, value, change]) => (
        <div key={label} className={styles.figure}>
          <Text size={200}>{label}</Text>
          <Text size={600} weight="semibold">{value}</Text>
          <Text size={200} className={styles.change}>{change}</Text>
        </div>
      ))}
    </div>
  );
}
