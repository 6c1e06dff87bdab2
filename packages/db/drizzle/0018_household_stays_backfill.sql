-- Every child of an existing case lived in its household from registration: one open stay each, so the household
-- pages of existing data show their children. Re-runnable: a child with a stay already is left alone.
INSERT INTO `household_stays` (`id`, `household_id`, `child_id`, `from_date`, `to_date`, `reason`, `created_by_id`, `created_at`)
SELECT lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2) || '-8' || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6))),
       c.`household_id`, c.`child_id`, substr(min(c.`registered_at`), 1, 10), NULL, '', NULL, min(c.`registered_at`)
FROM `cases` c
WHERE NOT EXISTS (SELECT 1 FROM `household_stays` s WHERE s.`child_id` = c.`child_id`)
GROUP BY c.`child_id`, c.`household_id`;
