import { useEffect, useState } from 'react';
import { useDataProvider } from 'react-admin';

import type { ConsoleDataProvider } from '../../providers/dataProvider';
import type { Rule } from '../../providers/types';

// The rule catalogue changes only with a server release, so one request per page load is enough.
let catalogue: Promise<Rule[]> | null = null;

/** Loads the rule catalogue of GET /api/rules, keyed by rule id. */
export const useRules = (): Map<string, Rule> => {
  const dataProvider = useDataProvider<ConsoleDataProvider>();
  const [rules, setRules] = useState<Map<string, Rule>>(new Map());

  useEffect(() => {
    let active = true;
    catalogue ??= dataProvider.getRules().catch((error: unknown) => {
      catalogue = null;
      throw error;
    });
    catalogue
      .then((list) => {
        if (active) setRules(new Map(list.map((rule) => [rule.id, rule])));
      })
      .catch(() => undefined);
    return () => {
      active = false;
    };
  }, [dataProvider]);

  return rules;
};
