// Two-factor sign-in for the signed-in person: scan a QR code (or type the key), confirm with a first code, and
// keep the recovery codes shown once. Used on My account, and as the only screen for an admin or supervisor
// who has not set it up yet.
import { Badge, Button, Callout, Card, Code, Flex, Heading, Text, TextField } from '@radix-ui/themes';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import qrcode from 'qrcode-generator';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mayTurnOffTwoFactor, TwoFactorConfirmInput, TwoFactorDisableInput } from '@kruosar/domain';
import { ErrorState, FieldLabel, LoadingState, errorMessage, usePageTitle } from '@kruosar/ui';
import { useTRPC } from '../../lib/trpc';

function QrImage({ text, alt }: { text: string; alt: string }) {
  const src = useMemo(() => {
    const qr = qrcode(0, 'M');
    qr.addData(text);
    qr.make();
    return qr.createDataURL(5, 4);
  }, [text]);
  return <img src={src} alt={alt} data-testid="two-factor-qr" style={{ imageRendering: 'pixelated', width: '14rem', height: '14rem' }} />;
}

export function TwoFactorSetup({ headingLevel = 'h2' }: { headingLevel?: 'h1' | 'h2' }) {
  const { t, i18n } = useTranslation('staff');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const status = useQuery(trpc.account.twoFactorStatus.queryOptions());
  const start = useMutation(trpc.account.twoFactorStart.mutationOptions());
  const confirm = useMutation(trpc.account.twoFactorConfirm.mutationOptions());
  const [code, setCode] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [turnedOff, setTurnedOff] = useState(false);

  // Only when the person has seen the recovery codes: the sign-in gate then lets them in.
  const done = () => {
    confirm.reset();
    start.reset();
    void queryClient.invalidateQueries({ queryKey: trpc.account.twoFactorStatus.queryKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() });
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = TwoFactorConfirmInput.safeParse({ code });
    if (!parsed.success) return setProblem(t('twoFactor.codeRule'));
    setProblem(null);
    setTurnedOff(false);
    confirm.mutate(parsed.data);
  };

  const heading = (
    <Heading as={headingLevel} size={headingLevel === 'h1' ? '6' : '5'} id="two-factor-heading">
      {t('twoFactor.heading')}
    </Heading>
  );

  if (confirm.data) {
    return (
      <Card size="3" aria-labelledby="two-factor-heading">
        <Flex direction="column" gap="3">
          {heading}
          <Callout.Root color="green" role="status">
            <Callout.Text>{t('twoFactor.on')}</Callout.Text>
          </Callout.Root>
          <Text as="p">{t('twoFactor.recoveryIntro')}</Text>
          <ul aria-label={t('twoFactor.recoveryLabel')} data-testid="recovery-codes" style={{ columns: 2, fontFamily: 'monospace', margin: 0 }}>
            {confirm.data.recoveryCodes.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
          <Flex>
            <Button onClick={done}>{t('twoFactor.saved')}</Button>
          </Flex>
        </Flex>
      </Card>
    );
  }
  if (status.isPending) return <LoadingState />;
  if (status.isError) return <ErrorState error={status.error} onRetry={() => void status.refetch()} />;
  if (status.data.enabled) {
    return (
      <Card size="3" aria-labelledby="two-factor-heading">
        <Flex direction="column" gap="2">
          {heading}
          <Flex gap="2" align="center">
            <Badge color="green" highContrast>
              {t('twoFactor.statusOn')}
            </Badge>
            <Text size="2">{t('twoFactor.recoveryLeft', { count: status.data.recoveryCodesLeft })}</Text>
          </Flex>
          <Text as="p" size="2" color="gray">
            {t('twoFactor.lostPhone')}
          </Text>
          <TurnOff onDone={() => setTurnedOff(true)} />
        </Flex>
      </Card>
    );
  }
  return (
    <Card size="3" aria-labelledby="two-factor-heading">
      <Flex direction="column" gap="3">
        {heading}
        {turnedOff ? (
          <Callout.Root color="blue" role="status">
            <Callout.Text>{t('twoFactor.turnedOff')}</Callout.Text>
          </Callout.Root>
        ) : null}
        <Text as="p" color="gray" size="2">
          {status.data.required ? t('twoFactor.requiredIntro') : t('twoFactor.optionalIntro')}
        </Text>
        {start.error ? (
          <Callout.Root color="red" role="alert">
            <Callout.Text>{errorMessage(start.error, i18n)}</Callout.Text>
          </Callout.Root>
        ) : null}
        {!start.data ? (
          <Flex>
            <Button onClick={() => start.mutate()} loading={start.isPending}>
              {t('twoFactor.start')}
            </Button>
          </Flex>
        ) : (
          <form onSubmit={submit} noValidate>
            <Flex direction="column" gap="3">
              <Text as="p">{t('twoFactor.scan')}</Text>
              <QrImage text={start.data.uri} alt={t('twoFactor.qrAlt')} />
              <Text as="p" size="2">
                {t('twoFactor.typeKey')} <Code data-testid="two-factor-secret">{start.data.secret}</Code>
              </Text>
              <Flex direction="column" gap="1" style={{ maxWidth: '14rem' }}>
                <FieldLabel htmlFor="two-factor-code" label={t('twoFactor.code')} />
                <TextField.Root
                  id="two-factor-code"
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  value={code}
                  onChange={(e) => setCode(e.target.value)}
                  aria-describedby="two-factor-code-rule"
                  aria-invalid={problem || confirm.error ? true : undefined}
                />
                <Text as="p" id="two-factor-code-rule" size="1" color="gray" style={{ margin: 0 }}>
                  {t('twoFactor.codeRule')}
                </Text>
              </Flex>
              {problem || confirm.error ? (
                <Callout.Root color="red" role="alert">
                  <Callout.Text>{problem ?? errorMessage(confirm.error, i18n)}</Callout.Text>
                </Callout.Root>
              ) : null}
              <Flex>
                <Button type="submit" loading={confirm.isPending}>
                  {t('twoFactor.confirm')}
                </Button>
              </Flex>
            </Flex>
          </form>
        )}
      </Flex>
    </Card>
  );
}

/**
 * Turning it off where the role leaves it optional, confirmed with the password or a current code. Admins and
 * supervisors are told why they cannot (the server refuses too).
 */
function TurnOff({ onDone }: { onDone: () => void }) {
  const { t, i18n } = useTranslation('staff');
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const me = useQuery(trpc.auth.me.queryOptions());
  const [open, setOpen] = useState(false);
  const [confirmation, setConfirmation] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const turnOff = useMutation(
    trpc.account.twoFactorTurnOff.mutationOptions({
      onSuccess: () => {
        onDone();
        void queryClient.invalidateQueries({ queryKey: trpc.account.twoFactorStatus.queryKey() });
      },
    }),
  );
  if (!me.data) return null;
  if (!mayTurnOffTwoFactor(me.data.role)) {
    return (
      <Text as="p" size="2" color="gray" data-testid="two-factor-stays-on">
        {t('twoFactor.staysOn')}
      </Text>
    );
  }
  if (!open) {
    return (
      <Flex>
        <Button variant="soft" color="red" onClick={() => setOpen(true)}>
          {t('twoFactor.turnOff')}
        </Button>
      </Flex>
    );
  }
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = TwoFactorDisableInput.safeParse({ confirmation });
    if (!parsed.success) return setProblem(t('twoFactor.turnOffRule'));
    setProblem(null);
    turnOff.mutate(parsed.data);
  };
  const shown = problem ?? (turnOff.error ? errorMessage(turnOff.error, i18n) : null);
  return (
    <form onSubmit={submit} noValidate aria-labelledby="two-factor-off-heading">
      <Flex direction="column" gap="2">
        <Heading as="h3" size="3" id="two-factor-off-heading">
          {t('twoFactor.turnOff')}
        </Heading>
        <Text as="p" size="2">
          {t('twoFactor.turnOffIntro')}
        </Text>
        <Flex direction="column" gap="1" style={{ maxWidth: '20rem' }}>
          <FieldLabel htmlFor="two-factor-off-confirmation" label={t('twoFactor.turnOffConfirmation')} />
          <TextField.Root
            id="two-factor-off-confirmation"
            type="password"
            autoComplete="current-password"
            value={confirmation}
            onChange={(e) => setConfirmation(e.target.value)}
            aria-invalid={shown ? true : undefined}
          />
        </Flex>
        {shown ? (
          <Callout.Root color="red" role="alert">
            <Callout.Text>{shown}</Callout.Text>
          </Callout.Root>
        ) : null}
        <Flex gap="2">
          <Button type="submit" color="red" loading={turnOff.isPending}>
            {t('twoFactor.turnOffConfirm')}
          </Button>
          <Button type="button" variant="soft" color="gray" onClick={() => { setOpen(false); setConfirmation(''); setProblem(null); turnOff.reset(); }}>
            {t('twoFactor.cancel')}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
}

/** The only screen an admin or supervisor sees until two-factor sign-in is on. */
export function TwoFactorEnrolScreen() {
  const { t } = useTranslation('staff');
  usePageTitle(t('twoFactor.title'));
  return (
    <div style={{ maxWidth: '34rem' }}>
      <TwoFactorSetup headingLevel="h1" />
    </div>
  );
}
