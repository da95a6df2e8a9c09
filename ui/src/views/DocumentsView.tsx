// The list of stored documents, paged, each linking to its page.
import { api } from "../api";
import { Status } from "../components/Status";
import { href, navigate, type Route } from "../router";
import { useApi } from "../useApi";
import { Pager } from "./EventsView";

const PAGE = 50;

export function DocumentsView({ route }: { route: Route }) {
  const offset = Number(route.query.get("offset") ?? 0) || 0;
  const docs = useApi(() => api.documents({ limit: PAGE, offset }), `docs:${offset}`);
  return (
    <section aria-labelledby="documents-title">
      <h2 id="documents-title">Documents</h2>
      <Status loaded={docs}>
        {(d) => (
          <>
            <table className="documents-table">
              <thead>
                <tr>
                  <th scope="col">Title</th>
                  <th scope="col">Published</th>
                  <th scope="col">Genre</th>
                  <th scope="col">Format</th>
                  <th scope="col">Events</th>
                  <th scope="col">Figures</th>
                  <th scope="col">Entities</th>
                  <th scope="col">Path</th>
                </tr>
              </thead>
              <tbody>
                {d.items.map((s) => (
                  <tr key={s.id}>
                    <th scope="row">
                      <a href={href(["documents", s.id])}>{s.title ?? s.id}</a>
                    </th>
                    <td>{s.published}</td>
                    <td>{s.genre}</td>
                    <td>{s.format}</td>
                    <td className="num">{s.counts.events}</td>
                    <td className="num">{s.counts.figures}</td>
                    <td className="num">{s.counts.entities}</td>
                    <td className="path">{s.path}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <Pager
              total={d.total}
              offset={offset}
              page={PAGE}
              onPage={(o) => navigate(href(["documents"], new URLSearchParams({ offset: String(o) })))}
            />
          </>
        )}
      </Status>
    </section>
  );
}
