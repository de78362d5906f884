import { Box, Chip, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

import { PROVINCES } from '../../common/choices';
import type { Website } from '../../providers/types';
import { FieldRow, ListValue, PathMark } from './FieldRow';
import { PersonFields } from './PersonFields';
import { Section } from './Section';
import { useLabel } from './useLabel';

const useServerRegion = () => {
  const label = useLabel();
  return (code?: string) => {
    if (!code) return '';
    if (!/^\d{6}$/.test(code)) return label('server_region', code);
    const province = PROVINCES.find((item) => item.id === `${code.slice(0, 2)}0000`);
    return province ? `${province.name}（${code}）` : code;
  };
};

const PreApprovals = ({ path, website }: { path: string; website: Website }) => {
  const translate = useTranslate();
  const label = useLabel();
  if (!website.preApprovals?.length) {
    return (
      <PathMark path={path}>
        <Typography variant="body2" color="text.disabled">
          {translate('app.review.empty_value')}
        </Typography>
      </PathMark>
    );
  }
  return (
    <PathMark path={path}>
      {website.preApprovals.map((approval, index) => (
        <PathMark key={index} path={`${path}[${index}]`}>
          <Typography variant="body2">
            {label('pre_approval', approval.category)}
            {'：'}
            {approval.approvalNumber || translate('app.review.empty_value')}
            {approval.materialIds?.length ? ` · ${approval.materialIds.join('、')}` : ''}
          </Typography>
        </PathMark>
      ))}
    </PathMark>
  );
};

/** Renders one website of the application with its principal. */
export const WebsiteSection = ({ website, index }: { website: Website; index: number }) => {
  const translate = useTranslate();
  const label = useLabel();
  const serverRegion = useServerRegion();
  const path = `websites[${index}]`;

  return (
    <Section
      path={path}
      title={translate('app.review.sections.website', {
        index: index + 1,
        name: website.name || translate('app.review.empty_value'),
      })}
      action={
        website.status ? (
          <Chip size="small" variant="outlined" label={label('website_status', website.status)} />
        ) : undefined
      }
    >
      <FieldRow path={`${path}.name`} label="app.fields.website_name" value={website.name} />
      <FieldRow path={`${path}.domains`} label="app.fields.domains">
        <ListValue path={`${path}.domains`} items={website.domains} />
      </FieldRow>
      <FieldRow path={`${path}.homepage`} label="app.fields.homepage" value={website.homepage} />
      {(website.filingNumber || website.status !== 'new') && (
        <FieldRow path={`${path}.filingNumber`} label="app.fields.filingNumber" value={website.filingNumber} />
      )}
      <FieldRow path={`${path}.ips`} label="app.fields.ips">
        <ListValue path={`${path}.ips`} items={website.ips} />
      </FieldRow>
      <FieldRow path={`${path}.serverRegion`} label="app.fields.serverRegion" value={serverRegion(website.serverRegion)} />
      <FieldRow
        path={`${path}.accessMethod`}
        label="app.fields.accessMethod"
        value={label('access_method', website.accessMethod)}
      />
      <FieldRow
        path={`${path}.serviceContent`}
        label="app.fields.serviceContent"
        value={(website.serviceContent ?? []).map((item) => label('service_content', item)).join('、')}
      />
      <FieldRow path={`${path}.preApprovals`} label="app.fields.preApprovals">
        <PreApprovals path={`${path}.preApprovals`} website={website} />
      </FieldRow>
      <FieldRow path={`${path}.domainHolder`} label="app.fields.domainHolder" value={website.domainHolder} />
      <FieldRow path={`${path}.domainExpiresAt`} label="app.fields.domainExpiresAt" value={website.domainExpiresAt} />
      <FieldRow
        path={`${path}.verification`}
        label="app.fields.verification"
        value={label('verification', website.verification)}
      />
      <Box sx={{ mt: 1.5 }}>
        <PathMark path={`${path}.principal`}>
          <Typography variant="subtitle2" sx={{ fontWeight: 600 }}>
            {translate('app.review.sections.website_principal')}
          </Typography>
          <PersonFields path={`${path}.principal`} person={website.principal} />
        </PathMark>
      </Box>
    </Section>
  );
};
