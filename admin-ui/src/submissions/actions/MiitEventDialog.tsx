import GavelIcon from '@mui/icons-material/Gavel';
import {
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { Button, useTranslate } from 'react-admin';

import { MIIT_EVENT_FROM, MIIT_EVENTS } from '../../common/choices';
import type { Submission, Website } from '../../providers/types';
import { DialogErrorAlert, toDialogError, type DialogError } from './DialogError';
import { provinceAbbreviation } from './provinceAbbreviation';
import { useSubmissionAction } from './useSubmissionAction';

type MiitEvent = (typeof MIIT_EVENTS)[number];

/** A website that MIIT numbers on approval, with its position in the application. */
interface NewWebsite {
  website: Website;
  applicationIndex: number;
}

// Same form as the server checks: a province abbreviation, ICP备, 8 or 10 digits, 号.
const ENTITY_NUMBER = /^.ICP备(\d{8}|\d{10})号$/;

/**
 * The number MIIT gives the website at `applicationIndex` (0-based), as the
 * CSV import numbers them: `<entity number>-<index + 1>`, counting every
 * website of the application, so that a new second website after an
 * existing first one gets -2. Empty until the entity number is complete.
 */
export const websiteNumber = (entity: string, applicationIndex: number) =>
  ENTITY_NUMBER.test(entity.trim()) ? `${entity.trim()}-${applicationIndex + 1}` : '';

/** The websites the approval numbers, in application order: those whose status is `new`. */
export const newWebsitesOf = (record: Submission): NewWebsite[] =>
  (record.application?.websites ?? [])
    .map((website, applicationIndex) => ({ website, applicationIndex }))
    .filter(({ website }) => website.status === 'new');

const ENTITY_PATH = 'filingNumbers.entity';
const WEBSITES_PATH = 'filingNumbers.websites';
const REASON_PATH = 'reason';
// The server keys website errors by the position in the request's list, which contains new websites only.
const websitePath = (listIndex: number) => `${WEBSITES_PATH}[${listIndex}]`;

/**
 * Records MIIT's decision (supervisor only). For `approved`, the entity
 * number starts from the application's own filing number when it has one,
 * and each new website's number follows it until edited by hand. Field
 * errors of a 400 response are shown under their inputs.
 */
export const MiitEventButton = ({ record }: { record: Submission }) => {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const [chosenEvent, setEvent] = useState<MiitEvent>('sms_verified');
  const [entityNumber, setEntityNumber] = useState('');
  const [websiteNumbers, setWebsiteNumbers] = useState<string[]>([]);
  const [reason, setReason] = useState('');
  const [showErrors, setShowErrors] = useState(false);
  const [serverError, setServerError] = useState<DialogError | null>(null);
  const { run, isPending } = useSubmissionAction(record, { shownInDialog: [400] });

  // Only the events MIIT can send in the current status: after SMS verification, no second one.
  const possibleEvents = MIIT_EVENTS.filter((value) =>
    (MIIT_EVENT_FROM[value] as readonly string[]).includes(record.status),
  );
  // After a 409 refreshed the record, the earlier choice may no longer be possible.
  const event: MiitEvent | undefined = possibleEvents.includes(chosenEvent) ? chosenEvent : possibleEvents[0];
  const newWebsites = newWebsitesOf(record);
  const otherWebsites = (record.application?.websites ?? [])
    .map((website, applicationIndex) => ({ website, applicationIndex }))
    .filter(({ website }) => website.status !== 'new');

  const openDialog = () => {
    const stated = record.application?.entity?.filingNumber?.trim();
    const entity = stated || `${provinceAbbreviation(record.province)}ICP备`;
    setEvent(record.status === 'sms_pending' ? 'sms_verified' : 'approved');
    setEntityNumber(entity);
    setWebsiteNumbers(newWebsites.map(({ applicationIndex }) => websiteNumber(entity, applicationIndex)));
    setReason('');
    setShowErrors(false);
    setServerError(null);
    setOpen(true);
  };

  const changeEntityNumber = (value: string) => {
    // Numbers still equal to the automatic value (or empty) follow the entity number.
    setWebsiteNumbers((current) =>
      current.map((number, listIndex) => {
        const { applicationIndex } = newWebsites[listIndex];
        return !number || number === websiteNumber(entityNumber, applicationIndex)
          ? websiteNumber(value, applicationIndex)
          : number;
      }),
    );
    setEntityNumber(value);
  };

  const invalid =
    !event ||
    (event === 'approved' && (!entityNumber.trim() || websiteNumbers.some((number) => !number.trim()))) ||
    (event === 'rejected' && !reason.trim());

  const fieldError = (path: string) => serverError?.fields[path];

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
    setServerError(null);
    const outcome = await run('miit_event', body, 'app.notification.miit_event_recorded', {
      event: translate(`app.miit_event.${event}`),
    });
    if (outcome.ok) setOpen(false);
    else setServerError(toDialogError(outcome.error));
  };

  const shownPaths = [
    ENTITY_PATH,
    WEBSITES_PATH,
    REASON_PATH,
    ...newWebsites.map((_, listIndex) => websitePath(listIndex)),
  ];

  return (
    <>
      <Button label="app.action.miit_event" variant="outlined" onClick={openDialog} data-action="miit_event">
        <GavelIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} maxWidth="sm" fullWidth>
        <DialogTitle>{translate('app.miit.title', { reference: record.reference })}</DialogTitle>
        <DialogContent>
          <DialogErrorAlert error={serverError} shownPaths={shownPaths} />
          <TextField
            select
            fullWidth
            margin="dense"
            label={translate('app.miit.event')}
            value={event ?? ''}
            onChange={(change) => setEvent(change.target.value as MiitEvent)}
          >
            {possibleEvents.map((value) => (
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
                error={(showErrors && !entityNumber.trim()) || !!fieldError(ENTITY_PATH)}
                helperText={fieldError(ENTITY_PATH) ?? translate('app.miit.entity_number_help')}
                onChange={(change) => changeEntityNumber(change.target.value)}
                data-field="filingNumbers.entity"
              />
              <Typography variant="subtitle2" sx={{ mt: 1.5 }}>
                {translate('app.miit.website_numbers', { smart_count: newWebsites.length })}
              </Typography>
              {fieldError(WEBSITES_PATH) && (
                <Typography variant="caption" color="error" component="div">
                  {fieldError(WEBSITES_PATH)}
                </Typography>
              )}
              {newWebsites.map(({ website, applicationIndex }, listIndex) => {
                const serverText = fieldError(websitePath(listIndex));
                const empty = showErrors && !websiteNumbers[listIndex]?.trim();
                return (
                  <TextField
                    key={applicationIndex}
                    fullWidth
                    margin="dense"
                    required
                    label={translate('app.miit.website_number', {
                      index: applicationIndex + 1,
                      name: website.name || website.domains?.[0] || translate('app.review.empty_value'),
                    })}
                    placeholder={translate('app.miit.website_number_placeholder', {
                      suffix: applicationIndex + 1,
                    })}
                    value={websiteNumbers[listIndex] ?? ''}
                    error={empty || !!serverText}
                    helperText={serverText ?? (website.domains?.length ? website.domains.join('、') : undefined)}
                    onChange={(change) =>
                      setWebsiteNumbers((current) =>
                        current.map((number, i) => (i === listIndex ? change.target.value : number)),
                      )
                    }
                    data-field={websitePath(listIndex)}
                  />
                );
              })}
              {otherWebsites.map(({ website, applicationIndex }) => (
                <Typography key={applicationIndex} variant="caption" color="text.secondary" component="div">
                  {translate('app.miit.website_kept', {
                    index: applicationIndex + 1,
                    name: website.name || website.domains?.[0] || '',
                    number: website.filingNumber || translate('app.review.empty_value'),
                  })}
                </Typography>
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
              error={(showErrors && !reason.trim()) || !!fieldError(REASON_PATH)}
              helperText={fieldError(REASON_PATH)}
              onChange={(change) => setReason(change.target.value)}
            />
          )}
        </DialogContent>
        <DialogActions>
          <Button label="ra.action.cancel" onClick={() => setOpen(false)} />
          <Button label="app.miit.confirm" variant="contained" disabled={isPending || !event} onClick={submit} />
        </DialogActions>
      </Dialog>
    </>
  );
};
