package io.tonearm.control.generate;

import java.util.List;
import java.util.Random;

/**
 * Made-up but plausible artist, album and track names from combinatorial word lists: a few
 * hundred words give millions of distinct titles with realistic word frequencies. Some words carry
 * diacritics ("Café", "Björn", "Señorita") and some are easy to misspell ("Rhythm",
 * "Mississippi", "Phoenix"), so typo tolerance and folding have something to do. Deterministic
 * for a given {@link Random}; not thread-safe (one generator per thread).
 */
final class SyntheticNames {

    private static final List<String> ADJECTIVES = List.of("Velvet", "Neon", "Silent", "Golden", "Electric",
            "Broken", "Midnight", "Crystal", "Wild", "Hollow", "Paper", "Silver", "Frozen", "Burning", "Distant",
            "Lonely", "Cosmic", "Rusty", "Gentle", "Savage", "Purple", "Crimson", "Hidden", "Restless", "Fading",
            "Northern", "Southern", "Endless", "Fragile", "Lucky", "Sacred", "Liquid", "Secret", "Tender", "Faded",
            "Brave", "Quiet", "Sonic", "Lunar", "Solar", "Infinite", "Little", "Dizzy", "Sleepy", "Bitter",
            "Sweet", "Açaí", "Naïve", "Rococo", "Psychedelic", "Ethereal", "Mischievous", "Luminous", "Ragged");
    private static final List<String> NOUNS = List.of("Orchard", "Harbor", "Lights", "River", "Garden", "Tram",
            "Window", "Lantern", "Skyline", "Ferry", "Summer", "Heron", "Tide", "Letter", "Mountain", "Echo",
            "Mirror", "Wolf", "Engine", "Signal", "Bloom", "Shadow", "Dream", "Highway", "Ocean", "Thunder",
            "Feather", "Castle", "Station", "Parade", "Horizon", "Rhythm", "Phoenix", "Mississippi", "Café",
            "Fjord", "Señorita", "Ghost", "Machine", "Kingdom", "Satellite", "Diamond", "Rain", "Storm", "Fire",
            "Heart", "Moon", "Star", "Road", "Island", "Desert", "Forest", "Tiger", "Raven", "Anthem", "Lullaby",
            "Carousel", "Labyrinth", "Silhouette", "Bourgeois", "Chrysalis", "Déjà Vu", "Fiancée", "Übermensch");
    private static final List<String> PLURALS = List.of("Lights", "Wolves", "Ravens", "Machines", "Ghosts",
            "Tigers", "Kings", "Lanterns", "Satellites", "Echoes", "Strangers", "Horses", "Sparrows", "Pilots",
            "Dreamers", "Rebels", "Sirens", "Giants", "Monsters", "Angels", "Thieves", "Drifters", "Phantoms");
    private static final List<String> FIRST = List.of("Anna", "Björn", "Chloé", "David", "Elif", "François",
            "Greta", "Hiroshi", "Inès", "Jonas", "Kasia", "Luis", "Mårten", "Noémie", "Oskar", "Priya", "Quentin",
            "Rosa", "Søren", "Tomás", "Uma", "Václav", "Wanda", "Xavier", "Yusuf", "Zoë", "Marcus", "Leah");
    private static final List<String> LAST = List.of("Andersson", "Beaumont", "Castillo", "Dvořák", "Eriksen",
            "Fontaine", "García", "Håkansson", "Ibáñez", "Jansen", "Kowalczyk", "Lindqvist", "Müller", "Nakamura",
            "O'Connor", "Phillips", "Quiñones", "Rasmussen", "Schwarzenegger", "Tchaikovsky", "Ulrich", "Villeneuve",
            "Wójcik", "Ximénez", "Yilmaz", "Zielinski", "Fitzgerald", "Gallagher");
    private static final List<String> VERBS = List.of("Chasing", "Dancing", "Falling", "Running", "Waiting",
            "Dreaming", "Burning", "Holding", "Leaving", "Calling", "Breaking", "Finding", "Losing", "Crossing");
    private static final List<String> PLACES = List.of("Berlin", "Reykjavík", "São Paulo", "Kraków", "Tokyo",
            "Montréal", "Zürich", "Lagos", "Memphis", "Marseille", "Göteborg", "Cádiz", "Brooklyn", "the Dark");

    private final Random random;

    SyntheticNames(Random random) {
        this.random = random;
    }

    String artist() {
        switch (random.nextInt(5)) {
            case 0:
                return "The " + pick(ADJECTIVES) + " " + pick(PLURALS);
            case 1:
                return pick(FIRST) + " " + pick(LAST);
            case 2:
                return pick(ADJECTIVES) + " " + pick(NOUNS);
            case 3:
                return pick(NOUNS) + " " + pick(PLURALS);
            default:
                return pick(FIRST) + " " + pick(LAST) + " & the " + pick(PLURALS);
        }
    }

    String album() {
        switch (random.nextInt(4)) {
            case 0:
                return pick(ADJECTIVES) + " " + pick(NOUNS);
            case 1:
                return pick(NOUNS) + " of " + pick(NOUNS);
            case 2:
                return "Songs from " + pick(PLACES);
            default:
                return pick(NOUNS) + " " + pick(NOUNS);
        }
    }

    String title() {
        switch (random.nextInt(6)) {
            case 0:
                return pick(VERBS) + " the " + pick(NOUNS);
            case 1:
                return pick(ADJECTIVES) + " " + pick(NOUNS);
            case 2:
                return pick(NOUNS) + " in " + pick(PLACES);
            case 3:
                return pick(VERBS) + " " + pick(PLURALS);
            case 4:
                return pick(ADJECTIVES) + " " + pick(NOUNS) + " " + pick(NOUNS);
            default:
                return pick(NOUNS) + " " + (random.nextBoolean() ? "(Live)" : "Part " + (1 + random.nextInt(3)));
        }
    }

    private String pick(List<String> words) {
        return words.get(random.nextInt(words.size()));
    }
}
