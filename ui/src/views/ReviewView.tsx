// The review desk: events nobody has reviewed yet, and the audit log of every review.
import { api } from "../api";
import { AuditLog } from "../components/AuditLog";
import { Status } from "../components/Status";
import { eventTitle } from "../format";
import { href } from "../router";
import { useApi } from "../useApi";

export function ReviewView() {
  const queue = useApi(() => api.events({ reviewed: "false", limit: 50 }), "review-queue");
  return (
    <section aria-labelledby="review-title">
      <h2 id="review-title">Review</h2>
      <div className="two-col">
        <div>
          <h3>Not yet reviewed</h3>
          <Status loaded={queue}>
            {(q) => (
              <>
                <p className="muted">{q.total} events wait for review.</p>
                <ul>
                  {q.items.map((e) => (
                    <li key={e.ref}>
                      <a href={href(["events"], new URLSearchParams({ reviewed: "false", sel: e.ref }))}>
                        {e.ref}
                      </a>{" "}
                      {eventTitle(e.event)}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </Status>
        </div>
        <div>
          <AuditLog />
        </div>
      </div>
    </section>
  );
}
