// Conventions and events by date; $since / $until (ISO or null) bound the dates, compared as text
// at the precision of each stated date. LadybugDB substring is 1-based.
MATCH (x:Convention) WHERE x.date IS NOT NULL AND x.date >= coalesce($since, '')
  AND substring(x.date, 1, size(coalesce($until, '9999'))) <= coalesce($until, '9999')
RETURN x.date AS date, 'Convention' AS kind, x.iri AS item, x.name AS name
UNION ALL
MATCH (x:Event) WHERE x.date IS NOT NULL AND x.date >= coalesce($since, '')
  AND substring(x.date, 1, size(coalesce($until, '9999'))) <= coalesce($until, '9999')
RETURN x.date AS date, 'Event' AS kind, x.iri AS item, x.name AS name
