// Who is signed in (name and translated role), with the sign-out button.
import { Box, Button, Flex, Text } from '@radix-ui/themes';
import { useTranslation } from 'react-i18next';
import type { CurrentUser } from '@kruosar/domain';

export type AccountSummaryProps = {
  user: Pick<CurrentUser, 'displayName' | 'role'>;
  onSignOut: () => void;
  signingOut?: boolean;
};

export function AccountSummary({ user, onSignOut, signingOut = false }: AccountSummaryProps) {
  const { t } = useTranslation(['common', 'errors', 'values']);
  return (
    <Flex align="center" gap="3" role="group" aria-label={t('account.label')}>
      <Box>
        <Text as="div" size="2" weight="bold" data-testid="account-name">
          {user.displayName}
        </Text>
        <Text as="div" size="1" color="gray">
          {t(`values:role.${user.role}`)}
        </Text>
      </Box>
      <Button type="button" size="2" variant="soft" onClick={onSignOut} loading={signingOut}>
        {t('account.signOut')}
      </Button>
    </Flex>
  );
}
