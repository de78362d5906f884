import GavelIcon from '@mui/icons-material/Gavel';
import {
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  TextField,
} from '@mui/material';
import { useState } from 'react';
import { Button, useTranslate } from 'react-admin';

import { MIIT_EVENTS } from '../../common/choices';
import type { Submission } from '../../providers/types';
import { provinceAbbreviation } from './provinceAbbreviation';
import { useSubmissionAction } from './useSubmissionAction';

type MiitEvent = (typeof MIIT_EVENTS)[number];

const websiteNumber = (entity: string, index: number) => (entity ? `${entity}-${index + 1}` : '');

/**
 * Records MIIT's decision (supervisor only). For `approved`, the website
 * numbers follow the entity number (-1, -2, ... for the new websites in
 * order) until edited by hand.
 */
export const MiitEventButton = ({ record }: { record: Submission }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [event, setEvent] = useState<MiitEvent>('sms_verified');
  const [entityNumber, setEntityNumber] = useState('');
  const [websiteNumbers, setWebsiteNumbers] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const { run, isPending } = useSubmissionAction(record);

  const newWebsites = (record.application?.websites ?? []).filter((website) => website.status !== 'existing' && website.status !== 'modified');

  const openDialog = () => {
    const entity =
      record.application?.entity?.filingNumber ?? `${provinceAbbreviation(record.province)}ICP备`;
    setEvent(record.status === 'sms_pending' ? 'sms_verified' : 'approved');
    setEntityNumber(entity);
    setWebsiteNumbers(newWebsites.map((_, index) => websiteNumber(entity, index)));
    setReason('');
    setShowErrors(false);
    setOpen(true);
  };

  const changeEntityNumber = (value: string) => {
    setWebsiteNumbers((current) =>
      current.map((number, index) =>
        !number || number === websiteNumber(entityNumber, index) ? websiteNumber(value, index) : number,
      ),
    );
    setEntityNumber(value);
  };

  const invalid =
    (event === 'approved' && (!entityNumber.trim() || websiteNumbers.some((number) => !number.trim()))) ||
    (event === 'rejected' && !reason.trim());

  const submit = async () => {
    setShowErrors(true);
    if (invalid) return;
    const body: Record<string, unknown> = { event };
    if (event === 'approved') {
      body.filingNumbers = {
        entity: entityNumber.trim(),
        websites: websiteNumbers.map((number) => number.trim()),
      };
    }
    if (event === 'rejected') body.reason = reason.trim();
    const outcome = await run('miit_event', body, 'app.notification.miit_event_recorded', {
      event: translate(`app.miit_event.${event}`),
    });
    if (outcome.ok) setOpen(false);
  };

  return (
    <>
      <Button label="app.action.miit_event" variant="outlined" onClick={openDialog} data-action="miit_event">
        <GavelIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="sm" fullWidth>
        <DialogTitle>{translate('app.miit.title', { reference: record.reference })}</DialogTitle>
        <DialogContent>
          <TextField
            select
            fullWidth
            margin="dense"
            label={translate('app.miit.event')}
            value={event}
            onChange={(change) => setEvent(change.target.value as MiitEvent)}
          >
            {MIIT_EVENTS.map((value) => (
              <MenuItem key={value} value={value}>
                {translate(`app.miit_event.${value}`)}
              </MenuItem>
            ))}
          </TextField>
          {event === 'approved' && (
            <>
              <TextField
                fullWidth
                margin="dense"
                required
                label={translate('app.miit.entity_number')}
                value={entityNumber}
                error={showErrors && !entityNumber.trim()}
                onChange={(change) => changeEntityNumber(change.target.value)}
              />
              {newWebsites.map((website, index) => (
                <TextField
                  key={index}
                  fullWidth
                  margin="dense"
                  required
                  label={translate('app.miit.website_number', {
                    index: index + 1,
                    name: website.name ?? website.domains?.[0] ?? '',
                  })}
                  value={websiteNumbers[index] ?? ''}
                  error={showErrors && !websiteNumbers[index]?.trim()}
                  onChange={(change) =>
                    setWebsiteNumbers((current) =>
                      current.map((number, i) => (i === index ? change.target.value : number)),
                    )
                  }
                />
              ))}
            </>
          )}
          {event === 'rejected' && (
            <TextField
              fullWidth
              margin="dense"
              required
              multiline
              minRows={2}
              label={translate('app.miit.reason')}
              value={reason}
              error={showErrors && !reason.trim()}
              onChange={(change) => setReason(change.target.value)}
            />
          )}
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button label="app.miit.confirm" variant="contained" disabled={isPending} onClick={submit} />
        </DialogActions>
      </Dialog>
    </>
  );
};
