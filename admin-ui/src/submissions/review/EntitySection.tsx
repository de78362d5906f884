import { useTranslate } from 'react-admin';

import { PROVINCES } from '../../common/choices';
import type { Entity } from '../../providers/types';
import { FieldRow } from './FieldRow';
import { PersonFields } from './PersonFields';
import { Section } from './Section';
import { useLabel } from './useLabel';

const provinceName = (code?: string) =>
  PROVINCES.find((province) => province.id === code)?.name;

const regionText = (region: Entity['region']) => {
  if (!region) return '';
  const codes = [region.province, region.city, region.district].filter(Boolean);
  const name = provinceName(region.province);
  return name ? `${name}（${codes.join(' / ')}）` : codes.join(' / ');
};

/** 主体信息, then the entity principal and, for a unit, the legal person. */
export const EntitySection = ({ entity }: { entity?: Entity }) => {
  const translate = useTranslate();
  const label = useLabel();

  return (
    <>
      <Section path="entity" title={translate('app.review.sections.entity')}>
        <FieldRow path="entity.nature" label="app.fields.nature" value={label('nature', entity?.nature)} />
        <FieldRow path="entity.name" label="app.fields.name" value={entity?.name} />
        <FieldRow
          path="entity.certificateType"
          label="app.fields.certificateType"
          value={label('certificate_type', entity?.certificateType)}
        />
        <FieldRow
          path="entity.certificateNumber"
          label="app.fields.certificateNumber"
          value={entity?.certificateNumber}
        />
        <FieldRow
          path="entity.certificateAddress"
          label="app.fields.certificateAddress"
          value={entity?.certificateAddress}
        />
        <FieldRow path="entity.region" label="app.fields.region" value={regionText(entity?.region)} />
        <FieldRow
          path="entity.mailingAddress"
          label="app.fields.mailingAddress"
          value={entity?.mailingAddress}
        />
        <FieldRow path="entity.investor" label="app.fields.investor" value={entity?.investor} />
        <FieldRow path="entity.filingNumber" label="app.fields.filingNumber" value={entity?.filingNumber} />
        {entity?.filingPassword !== undefined && (
          <FieldRow
            path="entity.filingPassword"
            label="app.fields.filingPassword"
            value={entity.filingPassword}
          />
        )}
      </Section>
      <Section path="entity.principal" title={translate('app.review.sections.entity_principal')}>
        <PersonFields path="entity.principal" person={entity?.principal} />
      </Section>
      {entity?.legalPerson && (
        <Section path="entity.legalPerson" title={translate('app.review.sections.legal_person')}>
          <PersonFields path="entity.legalPerson" person={entity.legalPerson} withResidency />
        </Section>
      )}
    </>
  );
};
