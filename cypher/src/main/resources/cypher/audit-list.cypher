// The audit log between two instants (ISO-8601 UTC text sorts in time order), newest first, optionally one user's.
MATCH (a:__KamAudit)
WHERE a.at >= $from AND a.at < $to AND ($user IS NULL OR a.user = $user) AND ($action IS NULL OR a.action = $action)
RETURN a.at AS at, a.user AS user, a.via AS via, a.action AS action, a.details AS details, a.outcome AS outcome
ORDER BY a.at DESC
LIMIT $limit
