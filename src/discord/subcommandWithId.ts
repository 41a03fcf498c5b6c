import type { SlashCommandSubcommandBuilder } from 'discord.js';
import { localized } from './i18n.js';

/** What a subcommand's required `id` option says, and whether it is autocompleted. */
export interface IdOption {
  description: string;
  spanishDescription: string;
  autocomplete?: boolean;
}

/** A subcommand that acts on one thing by its id (`/entry show id:m12`, `/story use id:s2`), in English and Spanish. */
export function subcommandWithId(name: string, spanishName: string, description: string, spanishDescription: string, id: IdOption) {
  return (sub: SlashCommandSubcommandBuilder) =>
    sub
      .setName(name)
      .setNameLocalizations(localized(spanishName))
      .setDescription(description)
      .setDescriptionLocalizations(localized(spanishDescription))
      .addStringOption((option) => {
        const required = option
          .setName('id')
          .setDescription(id.description)
          .setDescriptionLocalizations(localized(id.spanishDescription))
          .setRequired(true)
          .setMaxLength(40);
        return id.autocomplete ? required.setAutocomplete(true) : required;
      });
}
