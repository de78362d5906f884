import { computeClocks } from '../../server/src/domain/calendar';

function shanghai(localTime: string): Date {
  return new Date(`${localTime}+08:00`);
}

function endOf(date: string): Date {
  return new Date(`${date}T23:59:59.999+08:00`);
}

describe('first review clock', () => {
  // Submitted on the Monday before the 2025 Spring Festival (Jan 28 to
  // Feb 4 off), so the one working day is Wednesday Feb 5.
  const input = {
    status: 'pending_review' as const,
    submittedAt: shanghai('2025-01-27T10:00:00'),
    provinceCode: '350000',
  };

  test('is due after the holiday', () => {
    const { active } = computeClocks(input, shanghai('2025-01-27T11:00:00'));
    expect(active?.kind).toBe('first_review');
    expect(active?.dueAt).toEqual(endOf('2025-02-05'));
    expect(active?.workingDaysLeft).toBe(1);
    expect(active?.calendarPublished).toBe(true);
  });

  test('is due soon from submission', () => {
    const { active } = computeClocks(input, shanghai('2025-01-27T11:00:00'));
    expect(active?.state).toBe('due_soon');
  });

  test('is not overdue during holiday', () => {
    const { active } = computeClocks(input, shanghai('2025-02-03T09:00:00'));
    expect(active?.state).toBe('due_soon');
    expect(active?.workingDaysLeft).toBe(1);
  });

  test('last millisecond is on time', () => {
    const { active } = computeClocks(input, endOf('2025-02-05'));
    expect(active?.state).toBe('due_soon');
    expect(active?.msLeft).toBe(0);
    expect(active?.workingDaysLeft).toBe(0);
  });

  test('overdue the next morning', () => {
    const { active } = computeClocks(input, shanghai('2025-02-06T09:00:00'));
    expect(active?.state).toBe('overdue');
    expect(active?.hoursLeft).toBe(-10);
    expect(active?.workingDaysLeft).toBe(-1);
  });

  test('runs while in review', () => {
    const report = computeClocks(
      { ...input, status: 'in_review' },
      shanghai('2025-01-27T11:00:00'),
    );
    expect(report.active?.kind).toBe('first_review');
    expect(report.clocks).toHaveLength(1);
  });

  test('Saturday make-up day counts', () => {
    // 2025-02-08 (Saturday) is a working day, so Friday's submission is
    // due at its end and is overdue on Sunday.
    const { active } = computeClocks(
      { ...input, submittedAt: shanghai('2025-02-07T16:00:00') },
      shanghai('2025-02-09T10:00:00'),
    );
    expect(active?.dueAt).toEqual(endOf('2025-02-08'));
    expect(active?.state).toBe('overdue');
  });
});

describe('SMS verification clock', () => {
  // Forwarded on the eve of the 2025 Spring Festival: the 24 hours are
  // wall-clock hours and run through the holiday.
  const input = {
    status: 'sms_pending' as const,
    submittedAt: shanghai('2025-01-26T09:00:00'),
    forwardedAt: shanghai('2025-01-27T10:00:00'),
    provinceCode: '350000',
  };

  test('is due 24 hours later', () => {
    const { active } = computeClocks(input, shanghai('2025-01-27T20:00:00'));
    expect(active?.kind).toBe('sms_verification');
    expect(active?.dueAt).toEqual(shanghai('2025-01-28T10:00:00'));
    expect(active?.state).toBe('ok');
    expect(active?.hoursLeft).toBe(14);
    expect(active?.workingDaysLeft).toBeNull();
  });

  test('ok just before last 6 hours', () => {
    const now = new Date(shanghai('2025-01-28T04:00:00').getTime() - 1);
    expect(computeClocks(input, now).active?.state).toBe('ok');
  });

  test('due soon in last 6 hours', () => {
    const { active } = computeClocks(input, shanghai('2025-01-28T04:00:00'));
    expect(active?.state).toBe('due_soon');
    expect(active?.hoursLeft).toBe(6);
  });

  test('overdue after 24 hours', () => {
    const now = new Date(shanghai('2025-01-28T10:00:00').getTime() + 1);
    const { active } = computeClocks(input, now);
    expect(active?.state).toBe('overdue');
    expect(active?.hoursLeft).toBe(-1);
  });

  test('reports finished first review', () => {
    const { clocks } = computeClocks(input, shanghai('2025-01-27T20:00:00'));
    expect(clocks.map((clock) => [clock.kind, clock.active])).toEqual([
      ['first_review', false],
      ['sms_verification', true],
    ]);
    // Submitted on Sunday Jan 26 (a make-up working day), so the first
    // review was due by the end of Monday Jan 27 and was forwarded in time.
    expect(clocks[0].dueAt).toEqual(endOf('2025-01-27'));
    expect(clocks[0].measuredAt).toEqual(input.forwardedAt);
    expect(clocks[0].state).toBe('due_soon');
  });

  test('ignores verification of earlier round', () => {
    const { clocks } = computeClocks(
      { ...input, smsVerifiedAt: shanghai('2025-01-20T10:00:00') },
      shanghai('2025-01-27T20:00:00'),
    );
    expect(clocks.map((clock) => clock.kind)).toEqual([
      'first_review',
      'sms_verification',
    ]);
  });
});

describe('MIIT review clock', () => {
  // Verified on the Monday before the 2025 National Day holiday (Oct 1 to 8
  // off; Sep 28 Sunday and Oct 11 Saturday working).
  const input = {
    status: 'miit_review' as const,
    submittedAt: shanghai('2025-09-19T09:00:00'),
    forwardedAt: shanghai('2025-09-21T20:00:00'),
    smsVerifiedAt: shanghai('2025-09-22T10:00:00'),
    provinceCode: '350000',
  };

  test('takes 21 working days', () => {
    const { active } = computeClocks(input, shanghai('2025-09-23T10:00:00'));
    expect(active?.kind).toBe('miit_review');
    expect(active?.dueAt).toEqual(endOf('2025-10-27'));
    expect(active?.state).toBe('ok');
    expect(active?.workingDaysLeft).toBe(20);
  });

  test('Zhejiang takes 30 working days', () => {
    const { active } = computeClocks(
      { ...input, provinceCode: '330000' },
      shanghai('2025-09-23T10:00:00'),
    );
    // 21 working days end on Oct 27; nine more are Oct 28 to Nov 7.
    expect(active?.dueAt).toEqual(endOf('2025-11-07'));
  });

  test('overrides come from the caller', () => {
    const { active } = computeClocks(
      input,
      shanghai('2025-09-23T10:00:00'),
      { '35': 5 },
    );
    // Sep 23, 24, 25, 26 and the Sunday make-up day Sep 28.
    expect(active?.dueAt).toEqual(endOf('2025-09-28'));
  });

  test('due soon within 3 working days', () => {
    const ok = computeClocks(input, shanghai('2025-10-21T10:00:00'));
    expect(ok.active?.workingDaysLeft).toBe(4);
    expect(ok.active?.state).toBe('ok');

    const soon = computeClocks(input, shanghai('2025-10-22T10:00:00'));
    expect(soon.active?.workingDaysLeft).toBe(3);
    expect(soon.active?.state).toBe('due_soon');
  });

  test('overdue after due day', () => {
    const { active } = computeClocks(input, shanghai('2025-10-28T00:00:00'));
    expect(active?.state).toBe('overdue');
  });

  test('2026 Spring Festival, Zhejiang', () => {
    const { active } = computeClocks(
      {
        status: 'miit_review',
        smsVerifiedAt: shanghai('2026-02-02T10:00:00'),
        provinceCode: '330100',
      },
      shanghai('2026-02-20T10:00:00'),
    );
    expect(active?.dueAt).toEqual(endOf('2026-03-20'));
    // Feb 24 to 28 (Sat make-up day) are 5, March 2 to 20 are 15.
    expect(active?.workingDaysLeft).toBe(20);
  });

  test('2026 National Day, default', () => {
    const { active } = computeClocks(
      {
        status: 'miit_review',
        smsVerifiedAt: shanghai('2026-09-15T10:00:00'),
        provinceCode: '110000',
      },
      shanghai('2026-09-16T10:00:00'),
    );
    // Sep 16-18, Sunday Sep 20, Sep 21-24 (Mid-Autumn is Sep 25-27),
    // Sep 28-30, Oct 8-9, Saturday Oct 10, Oct 12-16 and Oct 19-20 make 21.
    expect(active?.dueAt).toEqual(endOf('2026-10-20'));
  });

  test('flags unpublished 2027', () => {
    const { active } = computeClocks(
      {
        status: 'miit_review',
        smsVerifiedAt: shanghai('2026-12-21T10:00:00'),
        provinceCode: '110000',
      },
      shanghai('2026-12-22T10:00:00'),
    );
    expect(active?.calendarPublished).toBe(false);
  });

  test('reports all three clocks', () => {
    const { clocks, active } = computeClocks(
      input,
      shanghai('2025-09-23T10:00:00'),
    );
    expect(clocks.map((clock) => [clock.kind, clock.active])).toEqual([
      ['first_review', false],
      ['sms_verification', false],
      ['miit_review', true],
    ]);
    expect(active).toBe(clocks[2]);
    expect(clocks[1].measuredAt).toEqual(input.smsVerifiedAt);
    expect(clocks[1].state).toBe('ok');
  });
});

describe('statuses without active clock', () => {
  const timestamps = {
    submittedAt: shanghai('2025-09-19T09:00:00'),
    forwardedAt: shanghai('2025-09-21T20:00:00'),
    smsVerifiedAt: shanghai('2025-09-22T10:00:00'),
    provinceCode: '350000',
  };
  const now = shanghai('2025-12-01T10:00:00');

  test('approved keeps finished clocks', () => {
    const report = computeClocks({ ...timestamps, status: 'approved' }, now);
    expect(report.active).toBeNull();
    expect(report.clocks.map((clock) => clock.kind)).toEqual([
      'first_review',
      'sms_verification',
    ]);
  });

  test('sms_expired keeps first review', () => {
    const report = computeClocks(
      { ...timestamps, smsVerifiedAt: null, status: 'sms_expired' },
      now,
    );
    expect(report.active).toBeNull();
    expect(report.clocks.map((clock) => clock.kind)).toEqual([
      'first_review',
    ]);
  });

  test.each(['rejected', 'withdrawn'] as const)(
    '%s has no clocks',
    (status) => {
      const report = computeClocks({ ...timestamps, status }, now);
      expect(report).toEqual({ active: null, clocks: [] });
    },
  );

  test('resubmission restarts first review', () => {
    const report = computeClocks(
      {
        ...timestamps,
        status: 'pending_review',
        submittedAt: shanghai('2025-11-28T10:00:00'),
      },
      now,
    );
    expect(report.clocks.map((clock) => clock.kind)).toEqual([
      'first_review',
    ]);
    expect(report.active?.dueAt).toEqual(endOf('2025-12-01'));
  });

  test('missing start gives no clock', () => {
    const report = computeClocks(
      { ...timestamps, status: 'miit_review', smsVerifiedAt: null },
      now,
    );
    expect(report.active).toBeNull();
  });

  test('rejects invalid now', () => {
    expect(() =>
      computeClocks({ ...timestamps, status: 'approved' }, new Date('x')),
    ).toThrow(/Invalid now/);
  });
});

describe('dueSoonAt', () => {
  test('first review: from submission', () => {
    const submittedAt = shanghai('2025-01-27T10:00:00');
    const { active } = computeClocks(
      { status: 'pending_review', submittedAt },
      submittedAt,
    );
    expect(active?.dueSoonAt).toEqual(submittedAt);
  });

  test('SMS: 6 hours before due', () => {
    const { active } = computeClocks(
      { status: 'sms_pending', forwardedAt: shanghai('2025-01-27T10:00:00') },
      shanghai('2025-01-27T11:00:00'),
    );
    expect(active?.dueSoonAt).toEqual(shanghai('2025-01-28T04:00:00'));
  });

  test('MIIT: start of 3 working days left', () => {
    // Due 2025-10-27 (Monday): Oct 22 leaves Oct 23, 24 and 27.
    const { active } = computeClocks(
      { status: 'miit_review', smsVerifiedAt: shanghai('2025-09-22T10:00:00') },
      shanghai('2025-09-23T10:00:00'),
    );
    expect(active?.dueSoonAt).toEqual(shanghai('2025-10-22T00:00:00'));
  });

  test('MIIT: Saturday make-up day counts', () => {
    // Due 2025-10-13 (Monday): Oct 9 leaves Oct 10, Saturday Oct 11 and
    // Oct 13, while the holiday before it leaves four. Without the make-up
    // day, the whole holiday from Oct 1 would leave only three.
    const { active } = computeClocks(
      { status: 'miit_review', smsVerifiedAt: shanghai('2025-09-08T10:00:00') },
      shanghai('2025-09-15T10:00:00'),
    );
    expect(active?.dueAt).toEqual(endOf('2025-10-13'));
    expect(active?.dueSoonAt).toEqual(shanghai('2025-10-09T00:00:00'));
  });

  test.each([
    ['2025-09-22T10:00:00', 'miit_review'],
    ['2026-01-28T15:00:00', 'miit_review'],
    ['2026-09-10T09:30:00', 'miit_review'],
    ['2025-09-30T18:00:00', 'pending_review'],
  ] as const)('agrees with state from %s', (start, status) => {
    const input = {
      status,
      submittedAt: shanghai(start),
      smsVerifiedAt: shanghai(start),
      provinceCode: '330000',
    };
    const first = computeClocks(input, shanghai(start)).active!;
    const mismatches: string[] = [];
    const end = first.dueAt.getTime() + 48 * 3600e3;
    for (let ms = shanghai(start).getTime(); ms < end; ms += 3600e3) {
      const clock = computeClocks(input, new Date(ms)).active!;
      const inWindow =
        ms >= clock.dueSoonAt.getTime() && ms <= clock.dueAt.getTime();
      if ((clock.state === 'due_soon') !== inWindow) {
        mismatches.push(new Date(ms).toISOString());
      }
    }
    expect(mismatches).toEqual([]);
  });
});
