// Fragment (included as {{include fragment-visible VAR}}): whether node _v_ is visible to a user limited to the
// territories $scope (always, when $scope is null). The rule: its own territory is one of them; or it has none and
// hangs, within two steps, on an organization of those territories (AT, MILESTONE_OF, WORKS_AT, SITS_ON, MEMBER_OF,
// PART_OF); or it is a product (the catalogue is shared). fragment-visible-nodes.cypher lists the same nodes.
($scope IS NULL OR _v_:Product OR _v_.territory IN $scope
 OR (_v_.territory IS NULL AND EXISTS { (_v_)-[:AT|MILESTONE_OF|WORKS_AT|SITS_ON|MEMBER_OF|PART_OF]->{1,2}(o:Organization) WHERE o.territory IN $scope }))
