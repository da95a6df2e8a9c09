// The shell: header with the store's counts, the navigation, and the view the hash route names.
import type { ReactNode } from "react";
import { api } from "./api";
import { href, type Route, useRoute } from "./router";
import { useApi } from "./useApi";
import { DocumentsView } from "./views/DocumentsView";
import { DocumentView } from "./views/DocumentView";
import { EntitiesView, EntityView } from "./views/EntitiesView";
import { EventsView } from "./views/EventsView";
import { ExportView } from "./views/ExportView";
import { FiguresView } from "./views/FiguresView";
import { ReviewView } from "./views/ReviewView";

const SECTIONS: [string, string][] = [
  ["documents", "Documents"],
  ["events", "Events"],
  ["entities", "Entities"],
  ["figures", "Figures"],
  ["review", "Review"],
  ["export", "Export"],
];

function view(route: Route): ReactNode {
  const [section = "documents", id] = route.path;
  switch (section) {
    case "documents":
      return id ? <DocumentView key={id} id={id} route={route} /> : <DocumentsView route={route} />;
    case "events":
      return <EventsView route={route} />;
    case "entities":
      return id ? <EntityView key={id} entityKey={id} /> : <EntitiesView route={route} />;
    case "figures":
      return <FiguresView route={route} />;
    case "review":
      return <ReviewView />;
    case "export":
      return <ExportView />;
    default:
      return <p className="error">No such page: {section}</p>;
  }
}

export function App() {
  const route = useRoute();
  const stats = useApi(() => api.stats(), "stats");
  const current = route.path[0] ?? "documents";
  return (
    <>
      <header className="top">
        <h1>
          <a href={href([])}>Attest</a>
        </h1>
        <nav aria-label="Sections">
          <ul>
            {SECTIONS.map(([key, label]) => (
              <li key={key}>
                <a href={href([key])} aria-current={current === key ? "page" : undefined}>
                  {label}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        {stats.data && (
          <p className="stats">
            {stats.data.documents} documents · {stats.data.events} events · {stats.data.entities} entities ·{" "}
            {stats.data.figures} figures
          </p>
        )}
      </header>
      <main>{view(route)}</main>
    </>
  );
}
