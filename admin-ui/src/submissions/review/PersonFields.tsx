import { useTranslate } from 'react-admin';

import type { Person } from '../../providers/types';
import { FieldRow } from './FieldRow';
import { useLabel } from './useLabel';

/** The fields of a principal or legal person under `path`. */
export const PersonFields = ({
  path,
  person,
  withResidency = false,
}: {
  path: string;
  person?: Person;
  withResidency?: boolean;
}) => {
  const translate = useTranslate();
  const label = useLabel();
  const validUntil =
    person?.idValidUntil === 'long_term'
      ? translate('app.review.long_term')
      : person?.idValidUntil;

  return (
    <>
      <FieldRow path={`${path}.name`} label="app.fields.person_name" value={person?.name} />
      <FieldRow
        path={`${path}.idType`}
        label="app.fields.idType"
        value={label('certificate_type', person?.idType)}
      />
      <FieldRow path={`${path}.idNumber`} label="app.fields.idNumber" value={person?.idNumber} />
      <FieldRow path={`${path}.idValidUntil`} label="app.fields.idValidUntil" value={validUntil} />
      <FieldRow path={`${path}.mobile`} label="app.fields.mobile" value={person?.mobile} />
      {(!withResidency || person?.emergencyPhone) && (
        <FieldRow
          path={`${path}.emergencyPhone`}
          label="app.fields.emergencyPhone"
          value={person?.emergencyPhone}
        />
      )}
      <FieldRow path={`${path}.email`} label="app.fields.email" value={person?.email} />
      {withResidency && (
        <FieldRow
          path={`${path}.residency`}
          label="app.fields.residency"
          value={label('residency', person?.residency)}
        />
      )}
    </>
  );
};
