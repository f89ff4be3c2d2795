import { useCallback, useEffect, useState } from "react";
import { MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { reportsApi } from "../api/client";
import type { Me, ReportView } from "../api/reportTypes";
import { NewReportForm } from "./NewReportForm";
import { ReportCard } from "./ReportCard";
import { MyData } from "./MyData";
import { StoriesShared } from "./StoriesShared";
import { isActive } from "./reportLogic";

const useStyles = makeStyles({
  page: { display: "flex", flexDirection: "column", gap: "16px", padding: "24px", maxWidth: "960px", margin: "0 auto", boxSizing: "border-box" },
  lead: { color: tokens.colorNeutralForeground3 },
});

const pollMs = 1000;

/** /reports.html: ask for engagement reports, watch them build, download them, see the headline figures. */
export function ReportsPage() {
  const styles = useStyles();
  const [me, setMe] = useState<Me | null>(null);
  const [reports, setReports] = useState<ReportView[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const refresh = useCallback(async () => {
    try {
      setReports(await reportsApi.list());
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }, []);

  useEffect(() => {
    reportsApi.me().then(setMe, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    void refresh();
  }, [refresh]);

  // Poll while anything is still being built.
  const building = reports?.some(isActive) ?? false;
  useEffect(() => {
    if (!building) return;
    const timer = setInterval(() => void refresh(), pollMs);
    return () => clearInterval(timer);
  }, [building, refresh]);

  return (
    <main className={styles.page}>
      <Text as="h1" size={700} weight="semibold">Engagement reports</Text>
      <Text className={styles.lead}>
        Replies, response times, meetings, reciprocity and re-engagement, for you, your team or the organisation, as an
        Excel workbook with every figure defined.
      </Text>
      {error && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {me && <NewReportForm me={me} onCreated={refresh} />}
      {reports?.length === 0 && <Text>No reports yet.</Text>}
      {reports?.map((report) => <ReportCard key={report.id} report={report} />)}
      {me && <StoriesShared />}
      {me && <MyData />}
    </main>
  );
}
