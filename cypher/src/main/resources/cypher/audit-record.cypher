// One entry of the audit log: who did what, when, and how it ended.
CREATE (:__KamAudit {at: $at, user: $user, via: $via, action: $action, details: $details, outcome: $outcome})
