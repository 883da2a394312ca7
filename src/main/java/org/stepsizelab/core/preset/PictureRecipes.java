package org.stepsizelab.core.preset;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import org.stepsizelab.core.config.ConfigException;

/**
 * Figure recipes inside pictures: a PNG iTXt chunk, an SVG {@code <metadata>} element, a PDF Info
 * entry. The exporter embeds them; {@link Presets#read} reads a picture as the preset of the run it
 * shows, so {@code run --preset fig.png} re-runs a figure from the file alone.
 */
public final class PictureRecipes {
    /** The PNG text keyword (Latin-1, at most 79 characters). */
    static final String PNG_KEYWORD = "stepsize-lab-recipe";
    /** Pictures larger than this are not read whole to look for a recipe. */
    private static final long MAX_BYTES = 512L << 20;

    private PictureRecipes() {}

    /** True for a file name ending in .png, .svg or .pdf (any case). */
    public static boolean isPictureName(Path file) {
        Path name = file.getFileName();
        String s = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
        return s.endsWith(".png") || s.endsWith(".svg") || s.endsWith(".pdf");
    }

    public static byte[] embedPng(byte[] png, FigureRecipe recipe) {
        return PngText.withText(png, PNG_KEYWORD, recipe.toJson());
    }

    public static String embedSvg(String svg, FigureRecipe recipe) {
        return SvgMetadata.withText(svg, recipe.toJson());
    }

    /** @param title the document title (null for none) */
    public static byte[] embedPdf(byte[] pdf, String title, FigureRecipe recipe) {
        return PdfInfo.withInfo(pdf, title, recipe.toJson());
    }

    /** The recipe a picture carries; a {@link ConfigException} that names the file otherwise. */
    public static FigureRecipe read(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ConfigException(file + ": the picture is larger than 512 MB; no figure of ours is");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ConfigException(file + ": cannot read the picture: no such file");
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read the picture: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        String kind;
        String json;
        if (PngText.isPng(bytes)) {
            kind = "PNG";
            json = PngText.text(bytes, PNG_KEYWORD);
        } else if (PdfInfo.isPdf(bytes)) {
            kind = "PDF";
            json = PdfInfo.text(bytes, PdfInfo.RECIPE_KEY);
        } else if (SvgMetadata.isSvg(new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8))) {
            kind = "SVG";
            json = SvgMetadata.text(new String(bytes, StandardCharsets.UTF_8));
        } else {
            throw new ConfigException(file + ": not a PNG, SVG or PDF picture, so it carries no figure recipe");
        }
        if (json == null) {
            throw new ConfigException(file + ": this " + kind + " carries no Stepsize Lab recipe (it was made by"
                    + " another tool, or its metadata was stripped); export the figure from Stepsize Lab to re-run it");
        }
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        return FigureRecipe.parse(json, file.toString(), dot > 0 ? fileName.substring(0, dot) : fileName);
    }
}
