import { useState } from "react";
import { Button, Card, CardHeader, MessageBar, MessageBarBody, ProgressBar, Text, makeStyles, tokens } from "@fluentui/react-components";
import { reportsApi } from "../api/client";
import type { Headline, HeadlineFeedback, ReportView } from "../api/reportTypes";
import { WeeklyChart } from "./WeeklyChart";
import { automatedLine, changeText, isActive, percent, periodText, scopeLabel } from "./reportLogic";
import { count, dormantDefinition } from "./chartLogic";

const useStyles = makeStyles({
  figures: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(150px, 1fr))", gap: "12px" },
  figure: { display: "flex", flexDirection: "column" },
  change: { color: tokens.colorNeutralForeground3 },
  definition: { gridColumn: "1 / -1", color: tokens.colorNeutralForeground3 },
  feedback: { borderCollapse: "collapse", "& th, & td": { textAlign: "left", padding: "2px 8px 2px 0", verticalAlign: "top" } },
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
      {report.headline?.feedback && <CustomerFeedback rows={report.headline.feedback} styles={styles} />}
    </Card>
  );
}

function HeadlineFigures({ headline: h, styles }: { headline: Headline; styles: ReturnType<typeof useStyles> }) {
  const figures = [
    ["Messages", count(h.messages), changeText(h.messages, h.messagesBefore, "count")],
    ["Your reply rate", percent(h.replyRate), changeText(h.replyRate, h.replyRateBefore, "percent")],
    ["Median response", h.medianResponseHours === null ? "–" : `${h.medianResponseHours.toFixed(1)} h`, changeText(h.medianResponseHours, h.medianResponseHoursBefore, "hours")],
    ["Meetings", count(h.meetings), changeText(h.meetings, h.meetingsBefore, "count")],
    ["Re-engagements", count(h.reEngagements), changeText(h.reEngagements, h.reEngagementsBefore, "count")],
    // Counted as the workbook counts it: every relationship dormant at the period's end, active in it or not.
    ["Dormant relationships", count(h.dormant), "at the end of the period"],
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
      <Text size={200} className={styles.definition} data-testid="dormant-definition">Dormant: {dormantDefinition}</Text>
    </div>
  );
}

/** "What customers tell us", as the workbook's sheet: by organisation and theme, complaints first. */
function CustomerFeedback({ rows, styles }: { rows: HeadlineFeedback[]; styles: ReturnType<typeof useStyles> }) {
  if (rows.length === 0) return <Text size={200}>What customers tell us: no customer feedback was remembered in this period.</Text>;
  return (
    <table className={styles.feedback} aria-label="What customers tell us">
      <caption style={{ textAlign: "left", fontWeight: 600 }}>What customers tell us</caption>
      <thead>
        <tr><th>Organisation</th><th>Theme</th><th>Mentions</th><th>Change</th><th>What they said</th></tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.organisation}|${r.theme}`}>
            <td><bdi>{r.organisation}</bdi></td>
            <td>{r.theme}</td>
            <td>{count(r.mentions)}</td>
            <td>{changeText(r.mentions, r.mentionsBefore, "count")}</td>
            <td>{r.evidence.map((e) => <div key={e}>“<bdi>{e}</bdi>”</div>)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
