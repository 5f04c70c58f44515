import { AuthenticationConstants } from 'botframework-connector';
import { CallerIdConstants } from 'botbuilder';
import type { Config } from '../config';

/**
 * The settings ConfigurationBotFrameworkAuthentication takes. Naming any one endpoint (here the
 * OpenID metadata URL, so tests and private clouds can point it elsewhere) makes the SDK's
 * BotFrameworkAuthenticationFactory take every endpoint from these settings and leave the rest
 * undefined, so the others are given their public-cloud values explicitly.
 */
export function authenticationSettings(config: Pick<Config, 'microsoftAppId' | 'microsoftAppPassword' | 'microsoftAppType' | 'microsoftAppTenantId' | 'botOpenIdMetadataUrl'>) {
  return {
    MicrosoftAppId: config.microsoftAppId,
    MicrosoftAppPassword: config.microsoftAppPassword,
    MicrosoftAppType: config.microsoftAppType,
    MicrosoftAppTenantId: config.microsoftAppTenantId,
    ToBotFromChannelOpenIdMetadataUrl: config.botOpenIdMetadataUrl,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    ToBotFromEmulatorOpenIdMetadataUrl: AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
    ValidateAuthority: true,
  };
}
