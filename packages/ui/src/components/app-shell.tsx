// The frame of every staff and supporters screen: skip link, header (brand, language, account), nav, main.
import { Box, Container, Flex, Text } from '@radix-ui/themes';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Portal } from '@kruosar/domain';
import { LanguageSwitch } from './language-switch';

export type AppShellProps = {
  portal: Portal;
  /** The signed-in person and sign-out, or a sign-in link. */
  account?: ReactNode;
  /** Section navigation under the header. */
  nav?: ReactNode;
  children: ReactNode;
};

export function AppShell({ portal, account, nav, children }: AppShellProps) {
  const { t } = useTranslation(['common', 'errors', 'values']);
  return (
    <>
      <a className="kr-skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <Box asChild style={{ background: 'var(--color-panel-solid)', borderBottom: '1px solid var(--gray-a5)' }}>
        <header>
          <Container size="4" px="4" py="3">
            <Flex align="center" justify="between" wrap="wrap" gap="3">
              <Box>
                <Text as="p" size="4" weight="bold" style={{ color: 'var(--accent-12)', margin: 0 }}>
                  {t('brand')}
                </Text>
                <Text as="p" size="2" color="gray" style={{ margin: 0 }}>
                  {t(`portals.${portal}`)}
                </Text>
              </Box>
              <Flex align="center" gap="4" wrap="wrap">
                <LanguageSwitch />
                {account}
              </Flex>
            </Flex>
          </Container>
          {nav ? (
            <Container size="4" px="4">
              {nav}
            </Container>
          ) : null}
        </header>
      </Box>
      <main id="main" tabIndex={-1}>
        <Container size="4" px="4" py="5">
          {children}
        </Container>
      </main>
    </>
  );
}
