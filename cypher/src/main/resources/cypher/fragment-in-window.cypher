// Fragment (included as {{include fragment-in-window VAR}}): whether relationship _v_ was valid on some day of the
// inference's evidence window, $since to $asOf (both included).
((_v_.validFrom IS NULL OR _v_.validFrom <= $asOf) AND (_v_.validTo IS NULL OR _v_.validTo >= $since))
