// Milestones of initiatives (node kind Milestone): ids unique like every other kind's.
CREATE CONSTRAINT milestone_id IF NOT EXISTS FOR (n:Milestone) REQUIRE n.id IS UNIQUE;
