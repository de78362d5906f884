import { AutocompleteInput, TextInput, required } from 'react-admin';

import { useRules } from '../submissions/review/useRules';

export const ReasonTemplateInputs = () => {
  const rules = useRules();
  const ruleChoices = [...rules.values()].map((rule) => ({
    id: rule.id,
    name: `${rule.id} · ${rule.title}`,
  }));
  return (
    <>
      <TextInput source="code" validate={required()} />
      <TextInput source="group" />
      <AutocompleteInput source="ruleId" choices={ruleChoices} translateChoice={false} />
      <TextInput source="path" />
      <TextInput source="text" multiline minRows={2} validate={required()} />
      <TextInput source="suggestion" multiline minRows={2} />
    </>
  );
};
